package org.centerformsc.portal.development;

import java.util.Optional;

/**
 * More accounts for the development identity provider than its own: the data set's members, so that a load test
 * signs them in through the real OIDC flow (docs/decisions/029). Password equals username, as for the demo
 * accounts; only in the profiles that fill a database with made-up members, never in production.
 */
public interface DevelopmentAccountDirectory {

    /** The account, with the claims its ID token carries; empty for a username the directory does not know. */
    Optional<DemoAccount> find(String username);
}
