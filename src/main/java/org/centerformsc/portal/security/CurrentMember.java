package org.centerformsc.portal.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The signed-in person, read from the security context on the server. Services use this, never an id sent by
 * the UI, to decide whose data they touch.
 */
@Component
public class CurrentMember {

    private final AuthenticationContext authentication;

    private final PortalLogoutSuccess logoutSuccess;

    CurrentMember(AuthenticationContext authentication, PortalLogoutSuccess logoutSuccess) {
        this.authentication = authentication;
        this.logoutSuccess = logoutSuccess;
    }

    public Optional<MemberIdentity> identity() {
        return user().map(user -> new MemberIdentity(user.getIssuer().toString(), user.getSubject()));
    }

    /** The identity, or an exception for anonymous callers: for services that only members may call. */
    public MemberIdentity require() {
        return identity().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException(
                "Sign in to continue"));
    }

    public Optional<String> nameFromClaims() {
        return user().map(MemberSigningInOidcUserService::displayName);
    }

    /** Roles of the caller: a member's from their claims, or {@link Roles#SYSTEM} for the portal's own jobs. */
    public boolean hasRole(String role) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch((Roles.AUTHORITY_PREFIX + role)::equals);
    }

    /** Staff, or the portal's own jobs: who may read any member's records. */
    public boolean isStaffOrSystem() {
        return hasRole(Roles.STAFF) || hasRole(Roles.SYSTEM);
    }

    /** A member signed in through the identity provider (not a start-up job). */
    public boolean isSignedIn() {
        return user().isPresent();
    }

    public void logout() {
        authentication.logout();
    }

    /** Logs out (the provider's session too) onto the page that tells a member what deleting their account did. */
    public void logoutAfterAccountDeleted() {
        identity().ifPresent(logoutSuccess::accountDeleted);
        authentication.logout();
    }

    private Optional<OidcUser> user() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        return current != null && current.getPrincipal() instanceof OidcUser user ? Optional.of(user) : Optional.empty();
    }
}
