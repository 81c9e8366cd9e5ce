package org.centerformsc.portal;

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
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.Set;

/**
 * Browserless view tests: the whole application context (with the shared MariaDB) and a Vaadin UI driven on the
 * test thread. {@link #signInAs} puts an OIDC user into the security context and into the fake request, the
 * way a real login would, and records the sign-in so the member exists.
 */
@IntegrationTest
public abstract class KaribuTest {

    protected static final String ISSUER = TestLogins.ISSUER;

    private static final String ROOT_PACKAGE = "org.centerformsc.portal";
    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected MemberService members;

    private OAuth2AuthenticationToken token;

    /** Karibu's own discovery skips non-public classes; our views are package-private, so add them here. */
    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews(ROOT_PACKAGE);
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages(ROOT_PACKAGE).scan()) {
            scan.getClassesWithAnnotation(Route.class).loadClasses(Component.class)
                    .forEach(routes.getRoutes()::add);
        }
    }

    @AfterEach
    void tearDownVaadin() {
        // closing the session runs the UI's queued tasks, which still need the signed-in user
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        token = null;
    }

    /** Signs in as the member with this subject and name, holding the given roles (participant always). */
    protected void signInAs(String subject, String name, String... roles) {
        token = TestLogins.token(subject, name, roles);
        members.recordSignIn(new MemberIdentity(ISSUER, subject), name, TestLogins.email(subject), "en-US");
        startUi();
    }

    /** Signs in as a member whose identity provider claims this locale (a browser's language is English). */
    protected void signInSpeaking(String locale, String subject, String name, String... roles) {
        token = TestLogins.token(subject, name, roles);
        members.recordSignIn(new MemberIdentity(ISSUER, subject), name, TestLogins.email(subject), locale);
        startUi();
    }

    /** A new page for the same visitor or member, as after a reload. */
    protected void restartUi() {
        MockVaadin.tearDown();
        startUi();
    }

    protected void visitAnonymously() {
        token = null;
        startUi();
    }

    protected static Set<String> allRoles() {
        return Set.of(Roles.TEACHER, Roles.DONOR, Roles.STAFF);
    }

    private void startUi() {
        SecurityContextHolder.getContext().setAuthentication(token);
        MockVaadin.INSTANCE.setMockRequestFactory(session -> {
            FakeRequest request = new FakeRequest(session);
            request.setUserPrincipalInt(token);
            request.setUserInRole((principal, role) -> token != null && token.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals(Roles.AUTHORITY_PREFIX + role)));
            return request;
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        // as after a real login: the session holds the security context, which UI.access() tasks read
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
    }
}
