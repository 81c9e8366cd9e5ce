package org.centerformsc.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in announces whether the identity provider verified the e-mail: only its own true claim counts. */
class MemberSigningInOidcUserServiceTest {

    private final List<Object> published = new ArrayList<>();
    private final MemberSigningInOidcUserService service = new MemberSigningInOidcUserService(published::add, "roles");

    @Test
    void aVerifiedEmailIsAnnouncedAsVerified() {
        service.loadUser(request(true));

        assertThat(signedIn().emailVerified()).isTrue();
        assertThat(signedIn().email()).isEqualTo("vera@example.org");
    }

    @Test
    void anUnverifiedOrUnsaidEmailIsNot() {
        service.loadUser(request(false));
        service.loadUser(request(null));

        assertThat(published).hasSize(2).allSatisfy(event -> assertThat(((MemberSignedIn) event).emailVerified())
                .isFalse());
    }

    private MemberSignedIn signedIn() {
        return (MemberSignedIn) published.get(0);
    }

    private static OidcUserRequest request(Boolean emailVerified) {
        ClientRegistration registration = ClientRegistration.withRegistrationId("portal").clientId("portal")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .authorizationUri("https://id.example.org/authorize").tokenUri("https://id.example.org/token")
                .scope("openid", "email").build();
        Map<String, Object> claims = new HashMap<>(Map.of("iss", "https://id.example.org", "sub", "vera",
                "email", "vera@example.org"));
        if (emailVerified != null) {
            claims.put("email_verified", emailVerified);
        }
        Instant now = Instant.now();
        return new OidcUserRequest(registration, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "token",
                now, now.plusSeconds(60)), new OidcIdToken("id-token", now, now.plusSeconds(60), claims));
    }
}
