package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.giving.Frequency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The giving page for a visitor who is not logged in: name and e-mail, one-time gifts, reasons next to fields. */
class GuestGivingViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private final String email = "visitor-" + UUID.randomUUID() + "@guests.test.centerformsc.invalid";

    @Test
    void aVisitorGivesOnceWithTheirNameAndEmailAndIsThanked() {
        openAsVisitor();
        assertThat(_get(Paragraph.class, spec -> spec.withId("demo-payments")).getText())
                .contains("No card is asked for");

        fill(" Vic Visitor ", email, "20");
        _click(_get(Button.class, spec -> spec.withId("give")));

        assertThat(_get(Div.class, spec -> spec.withId("giving-thanks")).getText()).isEqualTo(
                "Thank you, Vic Visitor. Your gift of $20.00 is received; the receipt is on its way to " + email + ".");
        assertThat(jdbc.queryForObject("select amount_minor from gift where donor_email = ?", Long.class, email))
                .isEqualTo(2000);
    }

    @Test
    void monthlyGivingNeedsAnAccountAndSaysWhereToGetOne() {
        openAsVisitor();
        GiveForm form = _get(GiveForm.class);

        assertThat(form.frequency.getValue()).isEqualTo(Frequency.ONCE);
        assertThat(form.frequency.getItemEnabledProvider().test(Frequency.MONTHLY)).isFalse();
        assertThat(form.frequency.getItemEnabledProvider().test(Frequency.YEARLY)).isFalse();
        Paragraph note = _get(Paragraph.class, spec -> spec.withId("guest-monthly-note"));
        assertThat(note.getElement().getTextRecursively())
                .isEqualTo("Monthly giving needs an account: log in or sign up");
        assertThat(_get(note, Anchor.class, spec -> spec.withText("log in or sign up")).getHref())
                .isEqualTo("giving/login");
    }

    @Test
    void aMissingNameIsExplainedNextToItAndNothingIsGiven() {
        openAsVisitor();
        fill("  ", email, "20");

        _click(_get(Button.class, spec -> spec.withId("give")));

        GuestDonorFields guest = _get(GuestDonorFields.class);
        assertThat(guest.name.isInvalid()).isTrue();
        assertThat(guest.name.getErrorMessage()).isEqualTo("Enter your name, as it should read on the receipt.");
        assertThat(guest.email.isInvalid()).isFalse();
        assertNothingGiven();
    }

    @Test
    void aBadEmailIsExplainedNextToItAndNothingIsGiven() {
        openAsVisitor();
        fill("Vic Visitor", "vic.example.org", "20");

        _click(_get(Button.class, spec -> spec.withId("give")));

        GuestDonorFields guest = _get(GuestDonorFields.class);
        assertThat(guest.email.isInvalid()).isTrue();
        assertThat(guest.email.getErrorMessage())
                .isEqualTo("Enter an e-mail address like name@example.org (up to 254 characters).");
        assertThat(jdbc.queryForObject("select count(*) from gift where donor_name = 'Vic Visitor' and donor_email = ?",
                Long.class, "vic.example.org")).isZero();
    }

    @Test
    void amountsOutsideTheLimitsAreExplainedAndNothingIsGiven() {
        openAsVisitor();
        fill("Vic Visitor", email, "2.50");
        _click(_get(Button.class, spec -> spec.withId("give")));
        assertThat(_get(Span.class, spec -> spec.withId("give-error")).getText())
                .isEqualTo("The smallest gift online is 5.");

        fill("Vic Visitor", email, "100000.01");
        _click(_get(Button.class, spec -> spec.withId("give")));
        assertThat(_get(Span.class, spec -> spec.withId("give-error")).getText())
                .isEqualTo("For gifts above 100,000, please write to hello@centerformsc.org.");

        assertThat(_get(Div.class, spec -> spec.withId("giving-thanks")).getText()).isEmpty();
        assertNothingGiven();
    }

    @Test
    void membersGiveAsThemselvesWithoutTheGuestFields() {
        signInAs("giving-guest-member-" + UUID.randomUUID(), "Mo Member");
        UI.getCurrent().navigate(GivingView.class);

        _assertNone(GuestDonorFields.class);
        assertThat(_get(GiveForm.class).frequency.getItemEnabledProvider().test(Frequency.MONTHLY)).isTrue();
    }

    private void openAsVisitor() {
        visitAnonymously();
        UI.getCurrent().navigate(GivingView.class);
    }

    private static void fill(String name, String email, String amount) {
        GuestDonorFields guest = _get(GuestDonorFields.class);
        _setValue(guest.name, name);
        _setValue(guest.email, email);
        _setValue(_get(GiveForm.class).amount, new BigDecimal(amount));
    }

    private void assertNothingGiven() {
        assertThat(jdbc.queryForObject("select count(*) from gift where donor_email = ?", Long.class, email)).isZero();
    }
}
