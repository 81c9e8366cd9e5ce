package org.centerformsc.portal.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Set;

/**
 * Loads the OIDC user as usual, maps the role claim to authorities and announces the sign-in, so the member
 * feature creates or refreshes the member record before the first view renders.
 */
class MemberSigningInOidcUserService extends OidcUserService {

    private final ApplicationEventPublisher events;
    private final String rolesClaim;

    MemberSigningInOidcUserService(ApplicationEventPublisher events, String rolesClaim) {
        this.events = events;
        this.rolesClaim = rolesClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = super.loadUser(request);
        Set<String> roles = RoleClaims.roles(user.getClaims(), rolesClaim);
        events.publishEvent(new MemberSignedIn(new MemberIdentity(user.getIssuer().toString(), user.getSubject()),
                displayName(user), user.getEmail(), user.getLocale(), roles,
                Boolean.TRUE.equals(user.getEmailVerified())));
        return new DefaultOidcUser(RoleClaims.authorities(roles), user.getIdToken(), user.getUserInfo(),
                IdTokenClaimNames.SUB);
    }

    static String displayName(OidcUser user) {
        if (user.getFullName() != null && !user.getFullName().isBlank()) {
            return user.getFullName();
        }
        String joined = ((user.getGivenName() == null ? "" : user.getGivenName()) + " "
                + (user.getFamilyName() == null ? "" : user.getFamilyName())).trim();
        if (!joined.isEmpty()) {
            return joined;
        }
        return user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
    }
}
