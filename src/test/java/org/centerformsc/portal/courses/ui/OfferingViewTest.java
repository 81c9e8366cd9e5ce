package org.centerformsc.portal.courses.ui;

import org.centerformsc.portal.TestLogins;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.OfferingPlanningService;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.ZoneId;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class OfferingViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    OfferingPlanningService planning;

    @Autowired
    org.centerformsc.portal.fees.ScholarshipService scholarships;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    org.centerformsc.portal.eligibility.PrerequisiteService prerequisites;

    @Test
    void showsTheWholeScheduleInTheViewersZoneWithTheEventsZoneBeside() {
        TestOffering offering = TestOffering.offering().zone(ZoneId.of("America/Los_Angeles"))
                .firstSessionAt(Instant.parse("2027-02-24T16:00:00Z")).weeklySessions(3);
        offering.create(catalog);
        visitAnonymously();
        open(offering);

        OrderedList schedule = _get(OrderedList.class, spec -> spec.withId("schedule"));
        assertThat(_find(schedule, ListItem.class)).hasSize(3);
        // Karibu's browser is in Helsinki (UTC+2): 16:00Z is 6:00 PM there and 8:00 AM in Los Angeles
        String first = _find(schedule, ListItem.class).get(0).getElement().getTextRecursively()
                .replace('\u202f', ' ');
        assertThat(first).isEqualTo("Wed, Feb 24, 2027, 6:00 PM – 8:00 PM EET (8:00 AM – 10:00 AM PST)");
    }

    @Test
    void anonymousVisitorIsInvitedToLogInToEnroll() {
        TestOffering offering = TestOffering.offering();
        offering.create(catalog);
        visitAnonymously();
        open(offering);

        assertThat(_get(Anchor.class, spec -> spec.withId("login-to-enroll")).getHref())
                .isEqualTo("courses/" + offering.code() + "/enroll");
        assertThat(_find(Button.class, spec -> spec.withId("enroll"))).isEmpty();
    }

    @Test
    void memberEnrollsAndWithdraws() {
        TestOffering offering = TestOffering.offering().capacity(5);
        offering.create(catalog);
        signInAs("offering-enroll", "Emil Enroll");
        open(offering);

        _click(_get(Button.class, spec -> spec.withId("enroll")));
        assertThat(status()).isEqualTo("You are enrolled.");

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Button.class, spec -> spec.withId("enroll"))).hasSize(1);
    }

    @Test
    void aPaidSeatIsHeldWithItsCountdownAndPriceThenPaidWithAReceipt() {
        Instant deadline = Instant.now().plus(java.time.Duration.ofDays(20));
        TestOffering offering = TestOffering.offering().capacity(5)
                .price(new org.centerformsc.portal.catalog.Price("USD", 55_000, 49_500L, deadline))
                .firstSessionAt(Instant.now().plus(java.time.Duration.ofDays(60)));
        offering.create(catalog);
        signInAs("offering-payer", "Pat Payer");
        open(offering);

        _click(_get(Button.class, spec -> spec.withId("enroll")));

        assertThat(status()).startsWith("A seat is held for you until ");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("hold-remaining")).getText())
                .isEqualTo("15 minutes left");
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkout-price")).getText())
                .startsWith("You pay $495.00: the early-bird price, until ").endsWith("(then $550.00).");
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkout-demo")).getText()).startsWith("Demo payments");
        Button pay = _get(Button.class, spec -> spec.withId("pay"));
        assertThat(pay.getText()).isEqualTo("Pay $495.00");

        _click(pay);

        expectNotifications("Paid. You are enrolled; your receipt is below and on its way by e-mail.");
        assertThat(status()).isEqualTo("You are enrolled.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("paid-line")).getElement().getTextRecursively())
                .startsWith("Paid $495.00 (early-bird price).").endsWith("Receipt (PDF)");

        _click(_get(Button.class, spec -> spec.withId("withdraw")));
        assertThat(_get(ConfirmDialog.class).getElement().getProperty("message"))
                .endsWith("You get back the whole course fee of $495.00.");
    }

    @Test
    void theSlidingScaleIsChosenFreelyAndTheChosenPriceIsPaid() {
        TestOffering offering = TestOffering.offering().capacity(5)
                .price(org.centerformsc.portal.catalog.Price.of("USD", 55_000))
                .feeOptions(new org.centerformsc.portal.catalog.FeeOptions(39_500L, 75_000L, false));
        offering.create(catalog);
        signInAs("offering-scale", "Sky Scale");
        open(offering);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("fact-scale")).getText())
                .isEqualTo("Supported price: $395.00. Sustaining price: $750.00.");

        _click(_get(Button.class, spec -> spec.withId("enroll")));
        @SuppressWarnings("unchecked")
        var scale = (com.vaadin.flow.component.radiobutton.RadioButtonGroup<org.centerformsc.portal.fees.PriceQuote>)
                _get(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class,
                        spec -> spec.withId("checkout-scale"));
        assertThat(scale.getListDataView().getItems().map(scale.getItemLabelGenerator()).toList()).containsExactly(
                "You pay $395.00: the supported price.", "You pay $550.00: the course fee.",
                "You pay $750.00: the sustaining price.");
        assertThat(scale.getValue().amountMinor()).isEqualTo(55_000);
        Button pay = _get(Button.class, spec -> spec.withId("pay"));

        scale.setValue(scale.getListDataView().getItem(2));
        assertThat(pay.getText()).isEqualTo("Pay $750.00");
        _click(pay);

        assertThat(status()).isEqualTo("You are enrolled.");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("paid-line")).getElement().getTextRecursively())
                .startsWith("Paid $750.00 (sustaining price).");
    }

    @Test
    void aMemberAsksForAScholarshipWithAReasonAndThenSeesTheGrantAtCheckout() {
        TestOffering offering = TestOffering.offering().capacity(5)
                .price(org.centerformsc.portal.catalog.Price.of("USD", 55_000))
                .firstSessionAt(Instant.now().plus(java.time.Duration.ofDays(60)))
                .feeOptions(new org.centerformsc.portal.catalog.FeeOptions(null, null, true));
        OfferingId id = offering.create(catalog);
        signInAs("offering-scholar", "Sol Scholar");
        open(offering);

        com.vaadin.flow.component.textfield.TextArea reason = _get(
                com.vaadin.flow.component.textfield.TextArea.class, spec -> spec.withId("scholarship-reason"));
        _click(_get(Button.class, spec -> spec.withId("scholarship-ask")));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo(
                "Please say in a few words why you are asking (up to 1,000 characters).");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM scholarship_request WHERE offering_id = ?", Long.class,
                id.value())).isZero();

        reason.setValue("I care for my mother and work part time.");
        _click(_get(Button.class, spec -> spec.withId("scholarship-ask")));
        assertThat(scholarshipStatus()).startsWith("You asked for a scholarship on ")
                .endsWith("Your seat is not held meanwhile.");

        long request = jdbc.queryForObject("SELECT id FROM scholarship_request WHERE offering_id = ?", Long.class,
                id.value());
        TestLogins.asStaff(() -> { scholarships.grant(request, null, new java.math.BigDecimal("200")); return null; });
        UI.getCurrent().navigate("courses");
        open(offering);
        assertThat(scholarshipStatus()).isEqualTo(
                "Your scholarship is granted: it covers $200.00, so you pay $350.00. Enroll to take a seat and pay the"
                        + " reduced price.");

        _click(_get(Button.class, spec -> spec.withId("enroll")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("checkout-price")).getText())
                .isEqualTo("You pay $350.00: your scholarship covers $200.00 of the $550.00 course fee.");
        _click(_get(Button.class, spec -> spec.withId("pay")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("paid-line")).getElement().getTextRecursively())
                .startsWith("Paid $350.00 (your scholarship covered $200.00).");
    }

    @Test
    void backFromTheProvidersPageTheMemberWaitsForItsConfirmationInsteadOfPayingAgain() {
        TestOffering offering = TestOffering.offering().capacity(5)
                .price(org.centerformsc.portal.catalog.Price.of("USD", 55_000));
        OfferingId id = offering.create(catalog);
        signInAs("offering-stripe-payer", "Sam Returning");
        enrollment.enroll(id);

        UI.getCurrent().navigate("courses/" + offering.code(), com.vaadin.flow.router.QueryParameters.of("paid", ""));

        assertThat(status()).startsWith("Thank you. The payment provider is confirming your payment");
        assertThat(_find(Button.class, spec -> spec.withId("pay"))).isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(3000);
        // the provider's confirmation arrives (as the webhook would settle it) and the next poll shows the seat
        jdbc.update("UPDATE enrollment SET status = 'ENROLLED', hold_expires_at = NULL, confirmed_at = NOW(6) "
                + "WHERE offering_id = ? AND status = 'HELD'", id.value());
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(status()).isEqualTo("You are enrolled.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void payingAfterTheHoldRanOutSaysSoAndStoresNothing() {
        TestOffering offering = TestOffering.offering().capacity(5)
                .price(org.centerformsc.portal.catalog.Price.of("USD", 55_000));
        OfferingId id = offering.create(catalog);
        signInAs("offering-slow-payer", "Sol Slow");
        open(offering);
        _click(_get(Button.class, spec -> spec.withId("enroll")));
        jdbc.update("UPDATE enrollment SET hold_expires_at = ? WHERE offering_id = ? AND status = 'HELD'",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), id.value());

        _click(_get(Button.class, spec -> spec.withId("pay")));

        expectNotifications("The time to pay for this seat has run out. Enroll again to take a seat if one is free.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM course_payment WHERE offering_id = ?", Long.class,
                id.value())).isZero();
    }

    @Test
    void aFullOfferingOffersTheWaitlistAndShowsThePlaceInLine() {
        TestOffering offering = TestOffering.offering().capacity(1);
        offering.create(catalog);
        signInAs("offering-first", "First Person");
        open(offering);
        _click(_get(Button.class, spec -> spec.withId("enroll")));

        signInAs("offering-second", "Second Person");
        open(offering);
        Button join = _get(Button.class, spec -> spec.withId("enroll"));
        assertThat(join.getText()).isEqualTo("Join the waitlist");
        _click(join);

        assertThat(status()).isEqualTo("You are number 1 on the waitlist.");
        assertThat(_get(Button.class, spec -> spec.withId("withdraw")).getText()).isEqualTo("Leave the waitlist");
    }

    @Test
    void aStaleEnrollButtonIsRefusedByTheServerWithAMessage() {
        TestOffering offering = TestOffering.offering();
        OfferingId id = offering.create(catalog);
        signInAs("offering-tabs", "Tab Person");
        open(offering);
        Button stale = _get(Button.class, spec -> spec.withId("enroll"));
        enrollment.enroll(id); // meanwhile, in another tab

        _click(stale);

        expectNotifications("You already have a place in this course or on its waitlist.");
        assertThat(status()).isEqualTo("You are enrolled.");
    }

    @Test
    void prerequisitesAreExplainedAndEnrollingWithoutThemIsRefused() {
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String base = "OV-BASE-" + suffix;
        TestOffering.offering().program(base).create(catalog);
        TestOffering offering = TestOffering.offering().program("OV-ADV-" + suffix);
        offering.create(catalog);
        TestLogins.asStaff(() -> {
            prerequisites.save("OV-ADV-" + suffix, org.centerformsc.portal.eligibility.Rule.completed(base));
            return null;
        });
        signInAs("offering-prereq-" + suffix, "Nora NotYet");
        open(offering);

        assertThat(_get(Paragraph.class, spec -> spec.withId("eligibility-verdict")).getText()).isEqualTo("Not yet:");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("eligibility-missing"))
                .getElement().getTextRecursively()).isEqualTo("complete Program " + base);
        _click(_get(Button.class, spec -> spec.withId("enroll")));
        expectNotifications("You do not meet this course's prerequisites yet; see what is missing above.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("enrollment-status"))).isEmpty();
    }

    @Test
    void closedRegistrationShowsNoEnrollButton() {
        TestOffering offering = TestOffering.offering()
                .registration(Instant.now().minusSeconds(86_400), Instant.now().minusSeconds(60));
        offering.create(catalog);
        signInAs("offering-closed", "Late Person");
        open(offering);

        assertThat(_find(Button.class, spec -> spec.withId("enroll"))).isEmpty();
        assertThat(_get(OfferingView.class).getElement().getTextRecursively()).contains("Registration has closed.");
    }

    @Test
    void aCancelledOfferingSaysWhyAndTakesNobody() {
        TestOffering offering = TestOffering.offering();
        OfferingId id = offering.create(catalog);
        TestLogins.asStaff(() -> {
            planning.cancel(id, "The venue closed for renovation.");
            return null;
        });
        signInAs("offering-cancelled", "Cara Cancelled");
        open(offering);

        assertThat(_get(Paragraph.class, spec -> spec.withId("offering-cancelled")).getText())
                .isEqualTo("This offering was cancelled. The reason: The venue closed for renovation.");
        assertThat(_find(Button.class, spec -> spec.withId("enroll"))).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withId("add-to-calendar"))).isEmpty();
    }

    @Test
    void unknownOfferingShowsNotFound() {
        visitAnonymously();
        UI.getCurrent().navigate(OfferingView.class, new RouteParameters("code", "NO-SUCH-OFFERING"));

        assertThat(_find(OfferingView.class)).isEmpty();
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("not-found-view"));
    }

    private static void open(TestOffering offering) {
        UI.getCurrent().navigate(OfferingView.class, new RouteParameters("code", offering.code()));
    }

    private static String scholarshipStatus() {
        return _get(Paragraph.class, spec -> spec.withId("scholarship-status")).getText();
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withId("enrollment-status")).getText();
    }
}
