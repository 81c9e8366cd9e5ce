package org.centerformsc.portal.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a member reads comes from the translation bundles (docs/decisions/019). A scan of the sources: a string
 * literal with a word in it, handed to a component's text, label, header, tooltip or notification, or written into a
 * document or e-mail by hand, is a defect. Literals of symbols only ("–", " · ", "%") are allowed.
 */
class UserTextScanTest {

    private static final Path SOURCES = Path.of("src/main/java/org/centerformsc/portal");
    /** Where views and letters put text that people read. */
    private static final Pattern USER_TEXT = Pattern.compile(
            "(new (?:Span|Paragraph|H1|H2|H3|H4|Button|Div|ListItem|NativeLabel|Text|Emphasis|Details|Tab)\\("
                    // an anchor's first argument is where it leads, its second what it says
                    + "|new Anchor\\([^,()]*,"
                    + "|\\.(?:setText|setLabel|setHelperText|setPlaceholder|setHeaderTitle|setErrorMessage"
                    + "|setTooltipText|setHeader|setEmptyStateText|setAriaLabel|setSubject|setConfirmText"
                    + "|setCancelText|setTitle)\\("
                    + "|Notification\\.show\\(|setAttribute\\(\"(?:aria-label|title|alt)\",\\s*"
                    + "|new (?:com\\.lowagie\\.text\\.)?(?:Paragraph|Phrase|Chunk)\\()"
                    + "\\s*\"([^\"]*)\"");
    /** A word: two letters in a row, in any script. */
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Test
    void noViewOrLetterWritesWordsWithoutATranslationKey() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    // the development identity provider's own pages are checked by its tests
                    .filter(path -> !path.toString().contains("/development/")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = USER_TEXT.matcher(lines.get(i));
                    while (matcher.find()) {
                        // a mail header's name and value, message.setHeader("List-Unsubscribe", ...), is no text
                        boolean mailHeader = matcher.group(1).equals(".setHeader(")
                                && lines.get(i).substring(matcher.end()).startsWith(",");
                        if (!mailHeader && WORD.matcher(matcher.group(2)).find()) {
                            found.add(SOURCES.relativize(file) + ":" + (i + 1) + " \"" + matcher.group(2) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("user-visible text written in code instead of a translation key").isEmpty();
    }

    @Test
    void theScanFindsTextWrittenInCode() {
        assertThat(USER_TEXT.matcher("add(new Paragraph(\"Amount paid: \" + amount));").find()).isTrue();
        assertThat(USER_TEXT.matcher("button.setText(\"Save\");").find()).isTrue();
        Matcher symbols = USER_TEXT.matcher("add(new Span(\" · \"));");
        assertThat(symbols.find() && WORD.matcher(symbols.group(2)).find()).isFalse();
    }
}
