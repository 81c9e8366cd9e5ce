package org.centerformsc.portal.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs work nobody signed in asked for (scheduled jobs, the payment provider's webhooks, listeners reacting to
 * events) under the portal's own identity: the {@link Roles#SYSTEM} role, which no identity provider can grant
 * (RoleClaims ignores it) and which services allow only on the methods such work needs. Audit entries name the
 * actor "system".
 */
public final class SystemAuthentication {

    public static final String ACTOR = "system";

    private SystemAuthentication() {
    }

    public static <T> T asSystem(Supplier<T> work) {
        return as(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
                RoleClaims.authorities(Set.of(Roles.SYSTEM))), work);
    }

    /**
     * Runs {@code work} on this thread with the given authentication, then restores whatever was there: for the
     * system itself, demo data and tests, never for a request (those carry the member's own).
     */
    public static <T> T as(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
