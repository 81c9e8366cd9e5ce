package org.centerformsc.portal.security;

import java.util.Set;

/**
 * Published, synchronously, each time someone completes the OIDC login; carries the claims the portal keeps.
 * {@code emailVerified}: the provider's {@code email_verified} claim was true.
 */
public record MemberSignedIn(MemberIdentity identity, String name, String email, String locale, Set<String> roles,
                             boolean emailVerified) {
}
