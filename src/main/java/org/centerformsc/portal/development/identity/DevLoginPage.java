package org.centerformsc.portal.development.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.centerformsc.portal.base.PortalLanguages;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * The development identity provider's sign-in form, in the visitor's language: the portal's language switch (its
 * cookie is the same host's), else the browser's languages, else English. The texts come from the portal's bundles.
 */
@RestController
// created only inside the development identity provider's own context; never in production
@Profile("embedded & !prod")
class DevLoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        Locale language = PortalLanguages.ofVisitor(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String alert = request.getParameter("error") != null ? alert(language, "devidp.error")
                : request.getParameter("logout") != null ? alert(language, "devidp.loggedout") : "";
        String body = """
                %s
                <form method="post" action="login">
                <label for="username">%s</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">%s</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">%s</button>
                </form>
                <p><a id="create-account" href="signup">%s</a></p>
                <p class="hint">%s</p>
                """.formatted(alert, text(language, "devidp.username"), text(language, "devidp.password"),
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                text(language, "devidp.submit"), text(language, "devidp.signup.link"), text(language, "devidp.hint"));
        return DevPage.page(language, text(language, "devidp.title"), body);
    }

    private static String alert(Locale language, String key) {
        return DevPage.alert(language, key);
    }

    private static String text(Locale language, String key) {
        return DevPage.text(language, key);
    }
}
