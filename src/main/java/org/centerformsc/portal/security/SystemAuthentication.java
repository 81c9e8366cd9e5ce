package org.centerformsc.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/** Runs start-up jobs (demo data, scheduled tasks) through the same guarded services that staff use. */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T asStaff(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                RoleClaims.authorities(java.util.Set.of(Roles.STAFF))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
