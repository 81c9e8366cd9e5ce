package org.centerformsc.portal.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns the identity provider's role claim into the portal's roles; unknown values are ignored. */
final class RoleClaims {

    private static final Set<String> KNOWN = Set.of(Roles.PARTICIPANT, Roles.TEACHER, Roles.DONOR, Roles.STAFF);

    private RoleClaims() {
    }

    static Set<String> roles(Map<String, Object> claims, String claimName) {
        Set<String> roles = new LinkedHashSet<>();
        roles.add(Roles.PARTICIPANT);
        Object claim = claims.get(claimName);
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> addKnown(roles, String.valueOf(value)));
        } else if (claim instanceof String value) {
            for (String part : value.split("[,\\s]+")) {
                addKnown(roles, part);
            }
        }
        return roles;
    }

    static Set<GrantedAuthority> authorities(Set<String> roles) {
        Set<GrantedAuthority> authorities = new LinkedHashSet<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + role)));
        return authorities;
    }

    private static void addKnown(Set<String> roles, String value) {
        String role = value.trim().toUpperCase(Locale.ROOT);
        if (KNOWN.contains(role)) {
            roles.add(role);
        }
    }
}
