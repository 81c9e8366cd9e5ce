package org.centerformsc.portal.base.ui;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.catalog.ProgramService;
import org.centerformsc.portal.catalog.ProgramTranslation;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main views render in a German and in a Japanese member's language, with the formats of that language, in the
 * member's own zone (Karibu's browser is in Helsinki); a German member's receipt is a German PDF.
 */
class ReadingInGermanAndJapaneseTest extends KaribuTest {

    /** A Wednesday session at 16:00 UTC: 18:00 in Helsinki, 8:00 in Los Angeles. */
    private static final Instant START = Instant.parse("2027-02-24T16:00:00Z");

    @Autowired
    CatalogService catalog;

    @Autowired
    ProgramService programs;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CheckoutService checkout;

    @Test
    void aGermanMemberReadsTheCatalogTheCoursePageTheDashboardGivingAndTrainingInGerman() {
        TestOffering offering = paidOffering("DE");
        offering.create(catalog);
        signInSpeaking("de-DE", "reader-de-" + UUID.randomUUID(), "Greta Deutsch", Roles.TEACHER);

        UI.getCurrent().navigate("courses");
        assertThat(title()).isEqualTo("Kurse");
        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("filter-program"))
                .getLabel()).isEqualTo("Programm");

        UI.getCurrent().navigate("courses/" + offering.code());
        // 24-hour clock and the German way of writing dollars, as the catalog's cards write them too
        assertThat(text(_get(Component.class, spec -> spec.withId("offering-facts")))).contains("18:00")
                .doesNotContain("PM").contains("550,00 $");
        assertThat(_get(Button.class, spec -> spec.withId("enroll")).getText()).isEqualTo("Anmelden");
        assertThat(_get(Anchor.class, spec -> spec.withId("add-to-calendar")).getText())
                .isEqualTo("Zum Kalender hinzufügen (.ics)");
        assertThat(text(_get(Component.class, spec -> spec.withId("schedule")))).contains("Mi., 24. Feb. 2027, 18:00")
                .contains("18:00");

        UI.getCurrent().navigate("dashboard");
        assertThat(title()).isEqualTo("Willkommen, Greta Deutsch");
        UI.getCurrent().navigate("giving");
        assertThat(title()).isEqualTo("Spenden");
        UI.getCurrent().navigate("teaching/training");
        assertThat(title()).isEqualTo("Meine Ausbildung");
    }

    @Test
    void aJapaneseMemberReadsTheSameViewsInJapaneseWithJapaneseDates() {
        TestOffering offering = paidOffering("JA");
        offering.create(catalog);
        signInSpeaking("ja", "reader-ja-" + UUID.randomUUID(), "Yuki Tanaka", Roles.TEACHER);

        UI.getCurrent().navigate("courses");
        assertThat(title()).isEqualTo("コース");

        UI.getCurrent().navigate("courses/" + offering.code());
        assertThat(text(_get(Component.class, spec -> spec.withId("offering-facts")))).contains("2027年2月24日")
                .contains("18:00").contains("$550.00");
        assertThat(_get(Button.class, spec -> spec.withId("enroll")).getText()).isEqualTo("申し込む");

        UI.getCurrent().navigate("dashboard");
        assertThat(title()).isEqualTo("ようこそ、Yuki Tanakaさん");
        UI.getCurrent().navigate("giving");
        assertThat(title()).isEqualTo("寄付");
        UI.getCurrent().navigate("teaching/training");
        assertThat(title()).isEqualTo("私のトレーニング");
    }

    @Test
    void aProgramStaffTranslatedReadsInTheMembersLanguageAndAnUntranslatedOneIsMarkedAsEnglish() {
        String program = "LANG-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestOffering translated = TestOffering.offering().program(program).firstSessionAt(START);
        translated.create(catalog);
        TestOffering original = TestOffering.offering().firstSessionAt(START);
        original.create(catalog);
        TestLogins.asStaff(() -> {
            programs.translate(program, Map.of("de", new ProgramTranslation("Übersetztes Programm",
                    "Eine Beschreibung auf Deutsch.")));
            return null;
        });
        signInSpeaking("de", "reader-program-" + UUID.randomUUID(), "Paul Programm");

        UI.getCurrent().navigate("courses/" + translated.code());
        assertThat(text(_get(Component.class, spec -> spec.withId("program-summary"))))
                .isEqualTo("Eine Beschreibung auf Deutsch.");
        UI.getCurrent().navigate("courses/" + original.code());
        assertThat(text(_get(Component.class, spec -> spec.withId("program-summary"))))
                .isEqualTo("A program for tests (auf Englisch)");
    }

    @Test
    void aGermanMembersCourseReceiptIsAGermanPdf() throws IOException {
        OfferingId offering = paidOffering("PDF").firstSessionAt(Instant.now().plus(Duration.ofDays(40)))
                .create(catalog);
        var member = TestLogins.token("receipt-de-" + UUID.randomUUID(), "Klara Quittung");
        members.recordSignIn(new org.centerformsc.portal.security.MemberIdentity(ISSUER,
                member.getPrincipal().getAttribute("sub")), "Klara Quittung", "klara@example.org", "de-AT");
        TestLogins.as(member, () -> enrollment.enroll(offering));
        TestLogins.as(member, () -> checkout.pay(offering, "/x"));
        long payment = TestLogins.as(member, () -> checkout.myPayments()).get(0).id();

        byte[] pdf = TestLogins.as(member, () -> checkout.receipt(payment));

        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("[\\s\u00a0\u202f]+", " ");
        assertThat(text).contains("Quittung über Kurszahlung Nr. " + payment).contains("Klara Quittung")
                .contains("550,00 $").contains("Sie ist keine Spendenquittung.");
        assertThat(reader.getCatalog().getAsString(com.lowagie.text.pdf.PdfName.LANG).toString()).isEqualTo("de");
    }

    private static TestOffering paidOffering(String tag) {
        return TestOffering.offering().title("Live Online MSC " + tag).zone(ZoneId.of("America/Los_Angeles"))
                .firstSessionAt(START).capacity(10).price(Price.of("USD", 55_000));
    }

    private static String title() {
        return _get(H1.class, spec -> spec.withId("view-title")).getText();
    }

    private static String text(Component component) {
        return component.getElement().getTextRecursively().replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
