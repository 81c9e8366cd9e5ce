package org.centerformsc.portal.notifications;

import org.centerformsc.portal.base.Texts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.List;
import java.util.Locale;

/**
 * A notification as an e-mail in the member's language: subject, HTML and plain-text parts rendered by Thymeleaf
 * from templates/mail/notification.{html,txt}, with the organisation's name, a link to act and a footer saying why
 * the member got it and how to stop this kind.
 */
@Component
class NotificationMail {

    record Letter(String subject, String html, String text) {
    }

    private final Texts texts;
    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
    private final String publicUrl;

    NotificationMail(Texts texts, @Value("${portal.public-url:http://localhost:8080}") String publicUrl) {
        this.texts = texts;
        this.publicUrl = publicUrl.replaceFirst("/$", "");
    }

    Letter compose(NotificationKind kind, String variant, List<String> arguments, String link, String name,
                   Locale language, java.time.ZoneId zone, String unsubscribeUrl) {
        Object[] args = arguments.stream().map(argument -> Notifications.readable(argument, language, zone,
                (key, values) -> texts.get(key, language, values))).toArray();
        Context context = new Context(language);
        context.setVariable("organisation", texts.get("app.organisation", language));
        context.setVariable("greeting", texts.get("notify.greeting", language, name));
        context.setVariable("body", texts.get(kind.bodyKey(variant), language, args));
        context.setVariable("actionUrl", link == null ? null : publicUrl + "/" + link);
        context.setVariable("action", texts.get("notify.action", language));
        context.setVariable("why", texts.get("notify.why." + (kind.required() ? "required" : "optional"), language,
                texts.get("notify.kind." + kind.key(), language)));
        context.setVariable("unsubscribeUrl", kind.required() ? null : unsubscribeUrl);
        context.setVariable("unsubscribe", texts.get("notify.unsubscribe", language));
        context.setVariable("lang", language.toLanguageTag());
        return new Letter(texts.get("notify." + kind.key() + ".subject", language, args),
                html.process("notification", context), text.process("notification", context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        // SpEL for expressions, as in the rest of Spring (the plain engine would need OGNL)
        TemplateEngine engine = new org.thymeleaf.spring6.SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
