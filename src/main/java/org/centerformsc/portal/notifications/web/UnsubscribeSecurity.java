package org.centerformsc.portal.notifications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/** Mail programs post the one-click unsubscribe without a session or CSRF token; the link's signature decides. */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 31)
    SecurityFilterChain unsubscribe(HttpSecurity http) throws Exception {
        return http.securityMatcher(UnsubscribeController.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
