package org.centerformsc.portal.security;

import java.util.Set;

/** Published, synchronously, each time someone completes the OIDC login; carries the claims the portal keeps. */
public record MemberSignedIn(MemberIdentity identity, String name, String email, String locale, Set<String> roles) {
}
