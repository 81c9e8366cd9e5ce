package org.centerformsc.portal.development.identity;

import org.centerformsc.portal.development.DevelopmentAccountDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/** The embedded default's login: starts the development identity provider and registers the portal with it. */
@Configuration(proxyBeanMethods = false)
@Profile("embedded & !prod")
class DevelopmentLoginConfiguration {

    @Bean(destroyMethod = "close")
    DevIdentityProvider developmentIdentityProvider(@Value("${portal.dev-idp.port:9000}") int port,
                                                    @Value("${server.port:8080}") int portalPort,
                                                    ObjectProvider<DevelopmentAccountDirectory> directory) {
        return DevIdentityProvider.start(port, "http://127.0.0.1:" + portalPort, directory.getIfAvailable());
    }

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(DevIdentityProvider provider) {
        return new InMemoryClientRegistrationRepository(provider.clientRegistration());
    }

    @Bean
    FilterRegistrationBean<LoopbackHostRedirectFilter> loopbackHostRedirect() {
        FilterRegistrationBean<LoopbackHostRedirectFilter> registration =
                new FilterRegistrationBean<>(new LoopbackHostRedirectFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
