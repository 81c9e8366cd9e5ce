package org.centerformsc.portal.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A verdict in plain language: "Eligible", "Eligible from Apr 19, 2026 (...)", "Not yet: ...". Views pass
 * their translation function, so the words come from the translation files.
 */
public final class VerdictWording {

    /** A view's {@code getTranslation(key, params)}. */
    public interface Translator {
        String get(String key, Object... params);
    }

    private VerdictWording() {
    }

    public static String headline(Verdict verdict, Locale locale, Translator t) {
        return switch (verdict.kind()) {
            case ELIGIBLE -> t.get("eligibility.eligible");
            case ELIGIBLE_FROM -> t.get("eligibility.from", date(verdict.eligibleFrom(), locale));
            case NOT_YET -> t.get("eligibility.notyet");
        };
    }

    /** One sentence per missing condition. */
    public static List<String> missing(Verdict verdict, Map<String, String> programNames, Locale locale, Translator t) {
        return verdict.missing().stream().map(m -> describe(m, programNames, locale, t)).toList();
    }

    /** Headline and missing conditions in one line, for badges and notifications. */
    public static String summary(Verdict verdict, Map<String, String> programNames, Locale locale, Translator t) {
        List<String> missing = missing(verdict, programNames, locale, t);
        return missing.isEmpty() ? headline(verdict, locale, t)
                : headline(verdict, locale, t) + " " + String.join("; ", missing);
    }

    static String describe(Missing missing, Map<String, String> programNames, Locale locale, Translator t) {
        if (missing instanceof Missing.Completion completion) {
            String program = programNames.getOrDefault(completion.program(), completion.program());
            return completion.monthsBefore() > 0
                    ? t.get("eligibility.missing.completion.by", program, date(completion.deadline(), locale),
                    completion.monthsBefore())
                    : t.get("eligibility.missing.completion", program);
        }
        if (missing instanceof Missing.OneOf oneOf) {
            return t.get("eligibility.missing.oneof", String.join(t.get("eligibility.or"),
                    oneOf.alternatives().stream().map(m -> describe(m, programNames, locale, t)).toList()));
        }
        if (missing instanceof Missing.Practice practice) {
            return t.get("eligibility.missing.practice", practice.requiredDays(), practice.windowDays(),
                    practice.loggedDays());
        }
        return t.get("eligibility.missing.application");
    }

    private static String date(LocalDate day, Locale locale) {
        return org.centerformsc.portal.base.ui.TimeFormats.day(day, locale);
    }
}
