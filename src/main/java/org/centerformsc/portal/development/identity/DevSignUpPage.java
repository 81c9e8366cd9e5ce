package org.centerformsc.portal.development.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.centerformsc.portal.base.PortalLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * "Create an account" on the development provider, so that trying the portal as a newcomer needs nothing but
 * {@code ./mvnw}. The new account is signed in at once and the authorization request that led here (the portal's
 * login, with {@code prompt=create}) continues, back to the portal.
 */
@RestController
// created only inside the development identity provider's own context (whose profile this is), never in the portal's
// (which has no accounts to give it) and never in production
@Profile(DevIdentityProvider.PROFILE + " & !prod")
class DevSignUpPage {

    private final DevAccounts accounts;
    private final String portalUrl;
    private final RequestCache requests = new HttpSessionRequestCache();
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    DevSignUpPage(DevAccounts accounts, @Value("${devidp.portal-url}") String portalUrl) {
        this.accounts = accounts;
        this.portalUrl = portalUrl;
    }

    @GetMapping(value = "/signup", produces = MediaType.TEXT_HTML_VALUE)
    String form(HttpServletRequest request) {
        return render(request, new SignUpForm("", "", "", ""), Map.of());
    }

    @PostMapping(value = "/signup", produces = MediaType.TEXT_HTML_VALUE)
    String create(HttpServletRequest request, HttpServletResponse response, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String email, @RequestParam(required = false) String password,
                  @RequestParam(required = false) String repeated) throws IOException {
        SignUpForm form = new SignUpForm(name, email, password, repeated);
        Map<String, String> problems = form.problems(accounts::exists);
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(request, form, problems);
        }
        DevAccount account;
        try {
            account = accounts.create(form, PortalLanguages.ofVisitor(request));
        } catch (IllegalStateException takenMeanwhile) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return render(request, form, Map.of("email", "devidp.signup.email.taken"));
        }
        signIn(account, request, response);
        SavedRequest continued = requests.getRequest(request, response);
        response.sendRedirect(continued != null ? continued.getRedirectUrl() : portalUrl + "/");
        return null;
    }

    /** As a successful sign-in on the login form would: a fresh session that holds the new account. */
    private void signIn(DevAccount account, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = accounts.users().loadUserByUsername(account.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    private String render(HttpServletRequest request, SignUpForm form, Map<String, String> problems) {
        Locale language = PortalLanguages.ofVisitor(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String body = (problems.isEmpty() ? "" : DevPage.alert(language, "devidp.signup.problems"))
                + "<p>" + DevPage.text(language, "devidp.signup.lead") + "</p>"
                + "<form method=\"post\" action=\"signup\" novalidate>"
                + field(language, "name", "devidp.signup.name", "text", "name", form.name(), problems)
                + field(language, "email", "devidp.signup.email", "email", "email", form.email(), problems)
                + field(language, "password", "devidp.password", "password", "new-password", "", problems)
                + field(language, "repeated", "devidp.signup.repeat", "password", "new-password", "", problems)
                + "<input type=\"hidden\" name=\"" + (csrf == null ? "_csrf" : csrf.getParameterName())
                + "\" value=\"" + (csrf == null ? "" : csrf.getToken()) + "\">"
                + "<button type=\"submit\">" + DevPage.text(language, "devidp.signup.submit") + "</button></form>"
                + "<p><a id=\"sign-in-instead\" href=\"login\">" + DevPage.text(language, "devidp.signup.signin")
                + "</a></p>";
        return DevPage.page(language, DevPage.text(language, "devidp.signup.title"), body);
    }

    private static String field(Locale language, String name, String labelKey, String type, String autocomplete,
                                String value, Map<String, String> problems) {
        String problem = problems.get(name);
        String error = problem == null ? "" : "<p class=\"field-error\" id=\"" + name + "-error\">"
                + DevPage.text(language, problem) + "</p>";
        return "<label for=\"" + name + "\">" + DevPage.text(language, labelKey) + "</label>"
                + "<input id=\"" + name + "\" name=\"" + name + "\" type=\"" + type + "\" autocomplete=\""
                + autocomplete + "\" value=\"" + HtmlUtils.htmlEscape(value, "UTF-8") + "\" required"
                + (problem == null ? "" : " aria-invalid=\"true\" aria-describedby=\"" + name + "-error\"") + ">"
                + error;
    }
}
