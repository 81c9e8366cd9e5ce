package org.centerformsc.portal.development.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.centerformsc.portal.development.DevelopmentAccountDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.HttpEncodingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.UUID;

/**
 * The application context of the development identity provider: a Spring Authorization Server with the demo
 * accounts, those newcomers create, and one client, the portal. Deliberately not a {@code @Configuration}, so the
 * portal's component scan never picks it up; it is started only by {@link DevIdentityProvider}, with an explicit list of
 * auto-configurations so that nothing of the portal (database, Vaadin) starts inside it.
 */
@EnableWebSecurity
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
        // forms post UTF-8: without this filter "Lucía" would arrive read as ISO-8859-1
        HttpEncodingAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
class DevIdentityProviderServer {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // OIDC prompt=create (the portal's "Sign up"): the registration form instead of the sign-in form
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/signup"),
                                new AndRequestMatcher(new MediaTypeRequestMatcher(MediaType.TEXT_HTML),
                                        DevIdentityProviderServer::asksToCreateAnAccount))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginFormChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/signup").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    /** The sign-in form, in the visitor's language. */
    @Bean
    DevLoginPage loginPage() {
        return new DevLoginPage();
    }

    /** OIDC Initiating User Registration: {@code prompt} holds {@code create} among its space-separated values. */
    static boolean asksToCreateAnAccount(HttpServletRequest request) {
        String prompt = request.getParameter("prompt");
        return prompt != null && Arrays.asList(prompt.split(" ")).contains("create");
    }

    /** "Create an account", for newcomers. */
    @Bean
    DevSignUpPage signUpPage(DevAccounts accounts, @Value("${devidp.portal-url}") String portalUrl) {
        return new DevSignUpPage(accounts, portalUrl);
    }

    @Bean
    DevAccounts accounts(ObjectProvider<DevelopmentAccountDirectory> directory) {
        return directory.getIfAvailable() == null ? new DevAccounts() : new DevAccounts(directory.getObject());
    }

    @Bean
    UserDetailsService users(DevAccounts accounts) {
        return accounts.signIns();
    }

    @Bean
    RegisteredClientRepository portalClient(@Value("${devidp.client-secret}") String secret,
                                            @Value("${devidp.portal-url}") String portalUrl) {
        RegisteredClient portal = RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(DevIdentityProvider.CLIENT_ID)
                .clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUri(portalUrl + "/login/oauth2/code/portal")
                .postLogoutRedirectUri(portalUrl + "/")
                .postLogoutRedirectUri(portalUrl + "/account-deleted")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build();
        return new PortalClientOnly(portal);
    }

    /** Puts the portal's claims into the ID token: name, email, locale and the {@code roles} claim. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accountClaims(DevAccounts accounts) {
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                return;
            }
            accounts.claimsOf(context.getPrincipal().getName()).ifPresent(account -> context.getClaims()
                    .claim("name", account.name())
                    .claim("preferred_username", account.username())
                    .claim("email", account.email())
                    .claim("email_verified", account.emailVerified())
                    .claim("locale", account.locale())
                    .claim("roles", account.roles().stream().map(String::toLowerCase).sorted().toList()));
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The OIDC userinfo endpoint checks the access tokens this server issued. */
    @Bean
    JwtDecoder accessTokenDecoder(JWKSource<SecurityContext> signingKey) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(signingKey);
    }

    @Bean
    AuthorizationServerSettings settings(@Value("${devidp.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }
}
