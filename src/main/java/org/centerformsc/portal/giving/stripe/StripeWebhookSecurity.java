package org.centerformsc.portal.giving.stripe;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Stripe posts without a session or CSRF token; its signature is the authentication (checked in the controller). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "portal.payments.provider", havingValue = "stripe")
class StripeWebhookSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 30)
    SecurityFilterChain stripeWebhook(HttpSecurity http) throws Exception {
        return http.securityMatcher(StripeWebhookController.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
