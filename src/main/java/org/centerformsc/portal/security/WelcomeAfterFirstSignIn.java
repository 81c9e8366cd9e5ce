package org.centerformsc.portal.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.savedrequest.RequestCache;

import java.io.IOException;

/**
 * After the login: a member not yet welcomed goes to the welcome form, once (the member feature marks them welcomed
 * when they answer or choose "Later"); everyone else goes where they were heading, else to their dashboard. This runs
 * at sign-in only, never at each navigation. See docs/decisions/021-joining-and-first-sign-in.md.
 */
class WelcomeAfterFirstSignIn extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    static final String WELCOME = "/welcome";
    static final String DASHBOARD = "/dashboard";

    private final WelcomePending welcome;
    private RequestCache requests;

    WelcomeAfterFirstSignIn(WelcomePending welcome) {
        this.welcome = welcome;
        setDefaultTargetUrl(DASHBOARD);
    }

    @Override
    public void setRequestCache(RequestCache requestCache) {
        super.setRequestCache(requestCache);
        this.requests = requestCache;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof OidcUser user
                && welcome.isPending(new MemberIdentity(user.getIssuer().toString(), user.getSubject()))) {
            if (requests != null) {
                requests.removeRequest(request, response);
            }
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, WELCOME);
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
