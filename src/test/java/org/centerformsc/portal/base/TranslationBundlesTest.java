package org.centerformsc.portal.base;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle has every English key and no other, the same placeholders, valid message patterns, and is really
 * translated: at most 5 % of its values equal the English one, not counting names and codes (listed) and values
 * with no words at all ("{0} ({1})").
 */
class TranslationBundlesTest {

    /** Names and codes that stay as they are in every language, and words that are the same in some. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("app.organisation", "directory.km", "replay.minutes",
            "evidence.hours", "directory.mode.ONLINE", "offering.online", "offering.format.online",
            "staff.offerings.code", "program.code", "planning.field.code", "campaign.code", "seats.status",
            "program.status", "claim.organisation", "directory.profile.website", "seats.email", "profile.name",
            "seats.name", "directory.filter.name", "training.consultation.mentor", "seats.actions");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?");

    static Stream<Locale> languages() {
        return PortalLanguages.ALL.stream().filter(locale -> !locale.equals(Locale.ENGLISH));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void hasEveryEnglishKeyAndNoOther(Locale language) {
        Map<String, String> english = bundle("");
        Map<String, String> translated = bundle("_" + language.toLanguageTag());

        assertThat(translated.keySet()).as("keys of %s", language).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void keepsThePlaceholdersOfEveryMessageAndEachPatternIsValid(Locale language) {
        Map<String, String> english = bundle("");
        List<String> wrong = new ArrayList<>();
        bundle("_" + language.toLanguageTag()).forEach((key, value) -> {
            if (english.containsKey(key) && !arguments(value).equals(arguments(english.get(key)))) {
                wrong.add(key + ": " + arguments(english.get(key)) + " but " + arguments(value));
            }
            try {
                new MessageFormat(value, language);
            } catch (IllegalArgumentException invalid) {
                wrong.add(key + ": " + invalid.getMessage());
            }
            if (value.contains("'")) {
                // MessageFormat takes ' as a quote and drops it: the translation must write ’
                wrong.add(key + ": contains an ASCII apostrophe");
            }
        });
        assertThat(wrong).as("messages of %s", language).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void isReallyTranslated(Locale language) {
        Map<String, String> english = bundle("");
        Map<String, String> translated = bundle("_" + language.toLanguageTag());
        List<String> same = english.keySet().stream().filter(key -> !SAME_EVERYWHERE.contains(key))
                .filter(key -> hasWords(english.get(key)))
                .filter(key -> english.get(key).strip().equals(translated.getOrDefault(key, "").strip())).toList();

        assertThat(same.size()).as("values of %s identical to English: %s", language, same)
                .isLessThanOrEqualTo(english.size() / 20);
    }

    private static boolean hasWords(String value) {
        return ARGUMENT.matcher(value).replaceAll("").replaceAll("[^\\p{L}]", "").length() > 2;
    }

    private static Set<String> arguments(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : "," + matcher.group(2)));
        }
        return found;
    }

    private static Map<String, String> bundle(String suffix) {
        String path = "/vaadin-i18n/translations" + suffix + ".properties";
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> values = new TreeMap<>();
            properties.forEach((key, value) -> values.put((String) key, (String) value));
            return values;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
