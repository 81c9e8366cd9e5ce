package org.centerformsc.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SignUpAuthorizationRequestResolverTest {

    private final SignUpAuthorizationRequestResolver resolver = new SignUpAuthorizationRequestResolver(
            new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId("portal")
                    .clientId("portal").clientSecret("secret")
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope("openid", "profile", "email")
                    .authorizationUri("https://id.example.org/authorize").tokenUri("https://id.example.org/token")
                    .build()));

    @Test
    void signUpAsksTheProviderForItsRegistrationForm() {
        OAuth2AuthorizationRequest request = resolver.resolve(login("signup"));

        assertThat(request.getAdditionalParameters()).containsEntry("prompt", "create");
        assertThat(request.getAuthorizationRequestUri()).contains("prompt=create")
                .startsWith("https://id.example.org/authorize");
    }

    @Test
    void logInIsTheUsualRequest() {
        OAuth2AuthorizationRequest request = resolver.resolve(login(null));

        assertThat(request.getAdditionalParameters()).doesNotContainKey("prompt");
        assertThat(request.getAuthorizationRequestUri()).doesNotContain("prompt");
        assertThat(request.getScopes()).contains("openid");
    }

    @Test
    void otherAddressesAreNoLogin() {
        MockHttpServletRequest other = new MockHttpServletRequest("GET", "/courses");
        other.setParameter("signup", "");

        assertThat(resolver.resolve(other)).isNull();
    }

    private static MockHttpServletRequest login(String parameter) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/oauth2/authorization/portal");
        request.setServletPath("/oauth2/authorization/portal");
        if (parameter != null) {
            request.setParameter(parameter, "");
        }
        return request;
    }
}
