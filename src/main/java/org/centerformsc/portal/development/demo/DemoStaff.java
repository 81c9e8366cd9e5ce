package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.security.SystemAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;
import java.util.function.Supplier;

/**
 * Demo data is entered as staff would enter it, through the same guarded services, by no particular member.
 * Development only: scheduled and webhook work runs as the system (SystemAuthentication), never like this.
 */
final class DemoStaff {

    private DemoStaff() {
    }

    static <T> T run(Supplier<T> work) {
        return SystemAuthentication.as(UsernamePasswordAuthenticationToken.authenticated("demo data", null,
                List.of(new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + Roles.STAFF))), work);
    }
}
