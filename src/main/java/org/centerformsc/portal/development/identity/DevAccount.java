package org.centerformsc.portal.development.identity;

import java.util.Set;

/**
 * What the development provider says about an account in its ID tokens. A newcomer's e-mail address is not
 * verified: this provider sends no mail.
 */
record DevAccount(String username, String name, String email, String locale, Set<String> roles,
                  boolean emailVerified) {
}
