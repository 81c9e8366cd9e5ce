package org.centerformsc.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * The portal's "Sign up" is its login with {@value #SIGN_UP_PARAMETER}: the authorization request then carries OIDC
 * {@code prompt=create} (Initiating User Registration via OpenID Connect), and the provider shows its registration
 * form instead of the sign-in form. Keycloak and the development provider both honour it.
 */
class SignUpAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    static final String SIGN_UP_PARAMETER = "signup";

    private final OAuth2AuthorizationRequestResolver standard;

    SignUpAuthorizationRequestResolver(ClientRegistrationRepository registrations) {
        this.standard = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return forSignUp(request, standard.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return forSignUp(request, standard.resolve(request, clientRegistrationId));
    }

    private static OAuth2AuthorizationRequest forSignUp(HttpServletRequest request, OAuth2AuthorizationRequest resolved) {
        if (resolved == null || request.getParameter(SIGN_UP_PARAMETER) == null) {
            return resolved;
        }
        return OAuth2AuthorizationRequest.from(resolved)
                .additionalParameters(parameters -> parameters.put("prompt", "create")).build();
    }
}
