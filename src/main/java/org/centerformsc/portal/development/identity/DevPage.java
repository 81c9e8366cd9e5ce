package org.centerformsc.portal.development.identity;

import org.centerformsc.portal.base.Texts;
import org.springframework.web.util.HtmlUtils;

import java.util.Locale;

/** The development provider's plain HTML pages, in the visitor's language, with the portal's texts. */
final class DevPage {

    private static final Texts TEXTS = new Texts();

    private DevPage() {
    }

    static String text(Locale language, String key) {
        return HtmlUtils.htmlEscape(TEXTS.get(key, language), "UTF-8");
    }

    static String alert(Locale language, String key) {
        return "<p role=\"alert\">" + text(language, key) + "</p>";
    }

    /** A whole page: {@code title} (already escaped) as window title and heading, then {@code body}. */
    static String page(Locale language, String title, String body) {
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
                  input[aria-invalid=true] { border: 2px solid #8a1c12; }
                  input:focus, button:focus, a:focus { outline: 3px solid #1d6b73; outline-offset: 2px; }
                  button { margin-top: 1.5rem; width: 100%%; padding: .7rem; font-size: 1rem; color: #fff;
                           background: #1d6b73; border: 0; border-radius: 4px; cursor: pointer; }
                  [role=alert] { padding: .7rem; border-radius: 4px; background: #fdecea; color: #8a1c12; }
                  .field-error { color: #8a1c12; margin: .3rem 0 0; }
                  p.hint { color: #4a5660; font-size: .9rem; }
                  a { color: #1d6b73; }
                </style></head>
                <body><main>
                <h1>%s</h1>
                %s
                </main></body></html>
                """.formatted(language.toLanguageTag(), title, title, body);
    }
}
