package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.RecurringGiftView;
import org.centerformsc.portal.giving.SubscriptionState;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recurring gift in trouble on the giving page: the failed payment and the provider's next try, and the lapsed
 * gift with its one-click restart. The provider's reports go through the same service calls its webhooks use.
 */
class FailedPaymentViewTest extends KaribuTest {

    @Autowired
    GivingService giving;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFailedPaymentIsShownWithTheNextTryAndTheGiftCanStillBeManaged() {
        RecurringGiftView gift = monthlyGiftOf("Flo Failed");
        LocalDate retry = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        provider(() -> giving.providerPaymentFailed(providerRef(gift), retry, Instant.now().getEpochSecond()));

        UI.getCurrent().navigate(GivingView.class);

        assertThat(_get(Div.class, spec -> spec.withId("payment-failed-" + gift.id())).getElement()
                .getTextRecursively()).isEqualTo("Your last payment did not go through. Your payment provider tries "
                + "again on " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(UI.getCurrent().getLocale()).format(retry) + ".");
        _assertNone(Anchor.class, spec -> spec.withId("failed-card-" + gift.id()));
        _get(Button.class, spec -> spec.withId("cancel-" + gift.id()));
        _assertNone(Button.class, spec -> spec.withId("restart-" + gift.id()));
    }

    @Test
    void aLapsedGiftSaysSoAndRestartsWithOneClick() {
        RecurringGiftView gift = monthlyGiftOf("Lou Lapsed");
        long created = Instant.now().getEpochSecond();
        provider(() -> giving.providerPaymentFailed(providerRef(gift), null, created));
        provider(() -> giving.providerUpdated(new SubscriptionState(providerRef(gift), gift.amount(),
                SubscriptionState.Status.CANCELLED, null, null), created + 1));

        UI.getCurrent().navigate(GivingView.class);
        Div panel = _get(Div.class, spec -> spec.withAttribute("data-recurring", String.valueOf(gift.id())));
        assertThat(panel.getElement().getTextRecursively()).startsWith("$40.00 monthly · General fund")
                .contains("Lapsed: the card could not be charged after several attempts");
        _assertNone(Button.class, spec -> spec.withId("cancel-" + gift.id()));

        _click(_get(Button.class, spec -> spec.withId("restart-" + gift.id())));

        assertThat(giving.myRecurringGifts()).extracting(RecurringGiftView::status, RecurringGiftView::amount,
                        RecurringGiftView::designation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SubscriptionState.Status.ACTIVE,
                                new Money(4000, "USD"), Designation.GENERAL),
                        org.assertj.core.groups.Tuple.tuple(SubscriptionState.Status.LAPSED,
                                new Money(4000, "USD"), Designation.GENERAL));
        _assertNone(Button.class, spec -> spec.withId("restart-" + gift.id()));
        assertThat(giving.myGifts(0, 50)).hasSize(2);
    }

    /** A member signed in with a monthly gift of $40 to the general fund, through the offline gateway. */
    private RecurringGiftView monthlyGiftOf(String name) {
        signInAs("giving-trouble-" + UUID.randomUUID(), name);
        giving.give(new BigDecimal("40"), "USD", Frequency.MONTHLY, Designation.GENERAL, null);
        return giving.myRecurringGifts().get(0);
    }

    private String providerRef(RecurringGiftView gift) {
        return jdbc.queryForObject("select provider_ref from recurring_gift where id = ?", String.class, gift.id());
    }

    private static void provider(Runnable report) {
        SystemAuthentication.asSystem(() -> {
            report.run();
            return null;
        });
    }
}
