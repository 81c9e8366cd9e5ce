package org.centerformsc.portal.development.dataset;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Browserless page renders for the benchmarks on the data set: who is signed in, and a fresh UI per render. */
final class BenchmarkSessions {

    private BenchmarkSessions() {
    }

    /** A demo account signed in as after a real login through the development provider (the data set's issuer). */
    static OAuth2AuthenticationToken demoAccount(JdbcTemplate jdbc, String subject, String... roles) {
        Map<String, Object> member = jdbc.queryForMap("SELECT issuer, display_name, email FROM member "
                + "WHERE subject = ? AND issuer LIKE 'http://127.0.0.1:%'", subject);
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : roles) {
            authorities.add(new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + role));
        }
        OidcIdToken token = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(86_400),
                Map.of("iss", member.get("issuer"), "sub", subject, "name", member.get("display_name"),
                        "email", member.get("email"), "locale", "en-US"));
        return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token, "sub"), authorities, "portal");
    }

    /** A new UI on the portal's context, with this member (or a visitor, for null) signed in. */
    static void startUi(Routes routes, ApplicationContext context, OAuth2AuthenticationToken user) {
        SecurityContextHolder.getContext().setAuthentication(user);
        MockVaadin.INSTANCE.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(user);
            request.setUserInRole((principal, role) -> user != null && user.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals(Roles.AUTHORITY_PREFIX + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
    }

    /** Views are package-private, which Karibu's own discovery skips (as in KaribuTest). */
    static Routes routes() {
        Routes routes = new Routes().autoDiscoverViews("org.centerformsc.portal");
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.centerformsc.portal").scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class).forEach(routes.getRoutes()::add);
        }
        return routes;
    }
}
