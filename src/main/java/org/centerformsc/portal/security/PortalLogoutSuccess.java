package org.centerformsc.portal.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the provider sends people back after logout (RP-initiated): the public start page, or, for a member who
 * just deleted their account, the page that says what was erased and what was kept (docs/decisions/024).
 */
class PortalLogoutSuccess implements LogoutSuccessHandler {

    static final String ACCOUNT_DELETED_PATH = "/account-deleted";

    private final Set<String> deletedAccounts = ConcurrentHashMap.newKeySet();
    private final OidcClientInitiatedLogoutSuccessHandler usual;
    private final OidcClientInitiatedLogoutSuccessHandler afterDeletion;

    PortalLogoutSuccess(ClientRegistrationRepository registrations) {
        usual = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        usual.setPostLogoutRedirectUri("{baseUrl}/");
        afterDeletion = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        afterDeletion.setPostLogoutRedirectUri("{baseUrl}" + ACCOUNT_DELETED_PATH);
        // logout runs inside a Vaadin round trip: the browser must be told where to go, not sent a 302 that the
        // round trip's request would follow on its own (as Vaadin's own logout handlers do)
        usual.setRedirectStrategy(new UidlRedirectStrategy());
        afterDeletion.setRedirectStrategy(new UidlRedirectStrategy());
    }

    /** The next logout of this identity ends on the account-deleted page. */
    void accountDeleted(MemberIdentity identity) {
        deletedAccounts.add(key(identity));
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                Authentication authentication) throws IOException, ServletException {
        boolean deleted = authentication != null && authentication.getPrincipal() instanceof OidcUser user
                && deletedAccounts.remove(key(new MemberIdentity(user.getIssuer().toString(), user.getSubject())));
        (deleted ? afterDeletion : usual).onLogoutSuccess(request, response, authentication);
    }

    private static String key(MemberIdentity identity) {
        return identity.issuer() + " " + identity.subject();
    }
}
