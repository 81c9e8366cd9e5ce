package org.centerformsc.portal.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The eight languages the portal speaks, as its newsletter does (English first, the fallback), and how a wish (a
 * profile choice, a claim, a browser's list) is matched to one of them: by language alone, so "de-AT" reads German.
 * Simplified Chinese serves every Chinese wish.
 */
public final class PortalLanguages {

    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The cookie that remembers a visitor's switch, read by the portal and by the development sign-in page. */
    public static final String COOKIE = "portal-language";

    public static final List<Locale> ALL = List.of(ENGLISH, Locale.forLanguageTag("es"), Locale.GERMAN,
            Locale.FRENCH, Locale.forLanguageTag("nl"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("zh"),
            Locale.JAPANESE);

    private PortalLanguages() {
    }

    /** The portal's language for a wish such as "de-CH" or "ja"; empty when it speaks none that fits. */
    public static Optional<Locale> match(String wish) {
        if (wish == null || wish.isBlank()) {
            return Optional.empty();
        }
        return match(Locale.forLanguageTag(wish.strip().replace('_', '-')));
    }

    public static Optional<Locale> match(Locale wish) {
        if (wish == null) {
            return Optional.empty();
        }
        return ALL.stream().filter(locale -> locale.getLanguage().equals(wish.getLanguage())).findFirst();
    }

    /** The language a member reads letters and documents in: their stored wish matched, else English. */
    public static Locale readerOf(String wish) {
        return match(wish).orElse(ENGLISH);
    }

    /** The first of the browser's languages the portal speaks, else English. */
    public static Locale firstOf(List<Locale> wishes) {
        return wishes.stream().map(PortalLanguages::match).flatMap(Optional::stream).findFirst().orElse(ENGLISH);
    }

    /**
     * A visitor's language on a plain HTTP request (no member known): their earlier switch (the cookie), else the
     * browser's languages, else English. Views add the member's own choice before this.
     */
    public static Locale ofVisitor(jakarta.servlet.http.HttpServletRequest request) {
        jakarta.servlet.http.Cookie[] cookies = request.getCookies();
        Optional<Locale> switched = cookies == null ? Optional.empty() : java.util.Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName())).findFirst()
                .flatMap(cookie -> match(cookie.getValue()));
        return switched.orElseGet(() -> request.getHeader("Accept-Language") == null ? ENGLISH
                : firstOf(java.util.Collections.list(request.getLocales())));
    }

    /** A language's name in itself, as a switcher lists it, so everyone finds their own. */
    public static String ownName(Locale language) {
        if (language.getLanguage().equals("zh")) {
            return "中文（简体）";
        }
        String name = language.getDisplayLanguage(language);
        return name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
