package org.centerformsc.portal.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;

/**
 * OIDC login (authorization-code flow) against whichever provider is registered as {@value #REGISTRATION_ID};
 * logout ends the provider's session too (RP-initiated logout). "Sign up" asks the provider for its registration
 * form, and a new member is welcomed after their first sign-in. Views are guarded by their access annotations,
 * services by {@code @PreAuthorize}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    static final String REGISTRATION_ID = "portal";
    static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    @Bean
    PortalLogoutSuccess portalLogoutSuccess(ClientRegistrationRepository registrations) {
        return new PortalLogoutSuccess(registrations);
    }

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ApplicationEventPublisher events,
                                       ClientRegistrationRepository registrations, WelcomePending welcome,
                                       @Value("${portal.security.roles-claim:roles}") String rolesClaim,
                                       PortalLogoutSuccess logoutSuccess)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/images/**").permitAll());
        // Vaadin's configurer takes the success handler it finds here: a new member is welcomed first
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
                new WelcomeAfterFirstSignIn(welcome));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH)
                .logoutSuccessHandler(logoutSuccess));
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                        new SignUpAuthorizationRequestResolver(registrations)))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                        new MemberSigningInOidcUserService(events, rolesClaim))));
        return http.build();
    }
}
