package org.centerformsc.portal.development.identity;

import org.centerformsc.portal.development.DevelopmentAccountDirectory;
import org.centerformsc.portal.development.DevelopmentIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Runs the development identity provider as its own small application context on its own port, so the
 * portal goes through a real OIDC authorization-code flow even in the embedded default.
 * See docs/decisions/002-embedded-defaults.md.
 */
final class DevIdentityProvider implements DevelopmentIdentityProvider, AutoCloseable {

    static final String CLIENT_ID = "portal";
    /** The provider's own context runs with this profile, which the portal's never has. */
    static final String PROFILE = "development-identity-provider";
    private static final Logger log = LoggerFactory.getLogger(DevIdentityProvider.class);

    private final ConfigurableApplicationContext context;
    private final String issuer;
    private final String clientSecret;

    private DevIdentityProvider(ConfigurableApplicationContext context, String issuer, String clientSecret) {
        this.context = context;
        this.issuer = issuer;
        this.clientSecret = clientSecret;
    }

    /**
     * @param port      the provider's port; 0 picks a free one
     * @param portalUrl where the portal is reached, e.g. http://127.0.0.1:8080 (OAuth 2.1 forbids "localhost")
     * @param directory accounts beyond the provider's own (the data set's members), or null
     */
    static DevIdentityProvider start(int port, String portalUrl, DevelopmentAccountDirectory directory) {
        int chosenPort = port == 0 ? freePort() : port;
        String issuer = "http://127.0.0.1:" + chosenPort;
        String secret = randomSecret();
        long started = System.nanoTime();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(DevIdentityProviderServer.class)
                .web(WebApplicationType.SERVLET)
                .profiles(PROFILE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                .initializers(provider -> {
                    if (directory != null) {
                        provider.getBeanFactory().registerSingleton("accountDirectory", directory);
                    }
                })
                .properties(Map.of(
                        // its own (absent) config file, so the portal's application.properties stays out
                        "spring.config.name", "development-identity-provider",
                        "spring.main.allow-bean-definition-overriding", "false",
                        "devidp.issuer", issuer,
                        "devidp.client-secret", secret,
                        "devidp.portal-url", portalUrl))
                // as arguments, not defaults: the portal's own SERVER_PORT in the environment must not move it
                .run("--server.port=" + chosenPort, "--server.address=127.0.0.1",
                        // cookies ignore ports: without its own name it would overwrite the portal's session
                        "--server.servlet.session.cookie.name=MSC_DEV_IDP_SESSION");
        log.info("Development identity provider at {} ready in {} ms (demo accounts: participant, teacher, donor, staff)",
                issuer, (System.nanoTime() - started) / 1_000_000);
        return new DevIdentityProvider(context, issuer, secret);
    }

    @Override
    public String issuer() {
        return issuer;
    }

    /** The portal's registration, spelled out so that the portal does not need discovery at start-up. */
    ClientRegistration clientRegistration() {
        return ClientRegistration.withRegistrationId("portal")
                .clientId(CLIENT_ID)
                .clientSecret(clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .userInfoUri(issuer + "/userinfo")
                .userNameAttributeName("sub")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .clientName("MSC development identity provider")
                .build();
    }

    @Override
    public void close() {
        context.close();
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
