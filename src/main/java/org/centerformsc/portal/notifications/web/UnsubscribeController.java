package org.centerformsc.portal.notifications.web;

import jakarta.servlet.http.HttpServletRequest;
import org.centerformsc.portal.base.PortalLanguages;
import org.centerformsc.portal.base.Texts;
import org.centerformsc.portal.notifications.NotificationKind;
import org.centerformsc.portal.notifications.NotificationService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import java.util.Arrays;
import java.util.Locale;

/**
 * The e-mails' unsubscribe link, without logging in: GET asks (a link scanner opening it changes nothing), POST
 * stops the kind, both from the page's button and from the mail program's one click (RFC 8058). The signature is
 * the authentication; a forged link changes nothing.
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/notifications/unsubscribe";

    private final NotificationService notifications;
    private final Texts texts;

    UnsubscribeController(NotificationService notifications, Texts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @GetMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> ask(@RequestParam long member, @RequestParam String kind, @RequestParam String signature,
                               HttpServletRequest request) {
        Locale language = PortalLanguages.ofVisitor(request);
        if (!known(kind)) {
            return ResponseEntity.badRequest().body(page(language, texts.get("unsubscribe.invalid", language), null));
        }
        String what = texts.get("notify.kind." + NotificationKind.valueOf(kind).key(), language);
        String form = """
                <form method="post" action="%s?member=%d&amp;kind=%s&amp;signature=%s">
                <button type="submit">%s</button></form>""".formatted(PATH, member, escape(kind), escape(signature),
                escape(texts.get("unsubscribe.confirm", language)));
        return ResponseEntity.ok(page(language, texts.get("unsubscribe.title", language, what), form));
    }

    @PostMapping(value = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> stop(@RequestParam long member, @RequestParam String kind, @RequestParam String signature,
                                HttpServletRequest request) {
        Locale language = PortalLanguages.ofVisitor(request);
        if (!known(kind) || !notifications.unsubscribe(member, kind, signature)) {
            return ResponseEntity.status(403).body(page(language, texts.get("unsubscribe.invalid", language), null));
        }
        String what = texts.get("notify.kind." + NotificationKind.valueOf(kind).key(), language);
        return ResponseEntity.ok(page(language, texts.get("unsubscribe.done", language, what), null));
    }

    private static boolean known(String kind) {
        return Arrays.stream(NotificationKind.values()).anyMatch(k -> k.name().equals(kind));
    }

    private String page(Locale language, String message, String form) {
        return """
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;
                color:#1f2a30}button{padding:.6rem 1rem;font-size:1rem;color:#fff;background:#1d6b73;border:0;
                border-radius:4px}button:focus{outline:3px solid #1d6b73;outline-offset:2px}</style></head>
                <body><main><p>%s</p><h1>%s</h1>%s</main></body></html>""".formatted(language.toLanguageTag(),
                escape(texts.get("app.organisation", language)), escape(texts.get("app.organisation", language)),
                escape(message), form == null ? "" : form);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
