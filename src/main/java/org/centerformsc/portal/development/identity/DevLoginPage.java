package org.centerformsc.portal.development.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.centerformsc.portal.base.PortalLanguages;
import org.centerformsc.portal.base.Texts;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.Locale;

/**
 * The development identity provider's sign-in form, in the visitor's language: the portal's language switch (its
 * cookie is the same host's), else the browser's languages, else English. The texts come from the portal's bundles.
 */
@RestController
// created only inside the development identity provider's own context; never in production
@Profile("embedded & !prod")
class DevLoginPage {

    private final Texts texts = new Texts();

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(HttpServletRequest request) {
        Locale language = PortalLanguages.ofVisitor(request);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String alert = request.getParameter("error") != null ? alert(language, "devidp.error")
                : request.getParameter("logout") != null ? alert(language, "devidp.loggedout") : "";
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f6f6; color: #1f2a30; }
                  main { max-width: 24rem; margin: 4rem auto; padding: 2rem; background: #fff; border-radius: 8px; }
                  h1 { font-size: 1.4rem; margin-top: 0; }
                  label { display: block; margin-top: 1rem; font-weight: 600; }
                  input { width: 100%%; box-sizing: border-box; padding: .6rem; margin-top: .3rem; font-size: 1rem;
                          border: 1px solid #6b7780; border-radius: 4px; }
                  input:focus, button:focus { outline: 3px solid #1d6b73; outline-offset: 2px; }
                  button { margin-top: 1.5rem; width: 100%%; padding: .7rem; font-size: 1rem; color: #fff;
                           background: #1d6b73; border: 0; border-radius: 4px; cursor: pointer; }
                  [role=alert] { padding: .7rem; border-radius: 4px; background: #fdecea; color: #8a1c12; }
                  p.hint { color: #4a5660; font-size: .9rem; }
                </style></head>
                <body><main>
                <h1>%s</h1>
                %s
                <form method="post" action="login">
                <label for="username">%s</label>
                <input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">%s</label>
                <input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">%s</button>
                </form>
                <p class="hint">%s</p>
                </main></body></html>
                """.formatted(language.toLanguageTag(), text(language, "devidp.title"), text(language, "devidp.title"),
                alert, text(language, "devidp.username"), text(language, "devidp.password"),
                csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                text(language, "devidp.submit"), text(language, "devidp.hint"));
    }

    private String alert(Locale language, String key) {
        return "<p role=\"alert\">" + text(language, key) + "</p>";
    }

    private String text(Locale language, String key) {
        return HtmlUtils.htmlEscape(texts.get(key, language));
    }
}
