package org.centerformsc.portal.development.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import static org.assertj.core.api.Assertions.assertThat;

class PortalClientOnlyTest {

    private final RegisteredClient portal = RegisteredClient.withId("id-1").clientId("portal")
            .clientSecret("{noop}secret").authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("http://localhost/login/oauth2/code/portal").build();

    @Test
    void theSecretStaysAsConfiguredWhenTheServerWouldUpgradeItToAHash() {
        PortalClientOnly clients = new PortalClientOnly(portal);

        clients.save(RegisteredClient.from(portal).clientSecret("{bcrypt}$2a$10$upgraded").build());

        assertThat(clients.findByClientId("portal").getClientSecret()).isEqualTo("{noop}secret");
        assertThat(clients.findById("id-1").getClientSecret()).isEqualTo("{noop}secret");
    }

    @Test
    void knowsNoOtherClient() {
        PortalClientOnly clients = new PortalClientOnly(portal);

        assertThat(clients.findByClientId("someone-else")).isNull();
        assertThat(clients.findById("id-2")).isNull();
    }
}
