package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.RecurringGiftView;
import org.centerformsc.portal.giving.SubscriptionState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class GivingViewTest extends KaribuTest {

    @Autowired
    GivingService giving;

    @Test
    void aDonorSetsUpAMonthlyGiftChangesItAndPausesIt() {
        signInAs("giving-1", "Gia Giver");
        UI.getCurrent().navigate(GivingView.class);
        GiveForm form = _get(GiveForm.class);
        _setValue(form.frequency, Frequency.MONTHLY);
        _click(_get(Button.class, spec -> spec.withId("give")));
        RecurringGiftView gift = giving.myRecurringGifts().get(0);
        assertThat(gift.amount()).isEqualTo(new Money(2500, "USD"));

        _click(_get(Button.class, spec -> spec.withId("amount-" + gift.id())));
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("new-amount")), new BigDecimal("30"));
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        assertThat(giving.myRecurringGifts().get(0).amount()).isEqualTo(new Money(3000, "USD"));

        _click(_get(Button.class, spec -> spec.withId("pause-" + gift.id())));
        LocalDate resume = LocalDate.now(ZoneOffset.UTC).plusMonths(2);
        _setValue(_get(DatePicker.class, spec -> spec.withId("new-date")), resume);
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        assertThat(giving.myRecurringGifts().get(0).status()).isEqualTo(SubscriptionState.Status.PAUSED);

        _click(_get(Button.class, spec -> spec.withId("resume-" + gift.id())));
        assertThat(giving.myRecurringGifts().get(0).status()).isEqualTo(SubscriptionState.Status.ACTIVE);
        assertThat(_get(Div.class, spec -> spec.withId("my-giving")).getElement().getTextRecursively())
                .contains("$30.00 monthly");
    }

    @Test
    void aDonorSkipsMovesTheDateAndCancelsWithAReason() {
        signInAs("giving-4", "Sky Skipper");
        UI.getCurrent().navigate(GivingView.class);
        _setValue(_get(GiveForm.class).frequency, Frequency.MONTHLY);
        _click(_get(Button.class, spec -> spec.withId("give")));
        RecurringGiftView gift = giving.myRecurringGifts().get(0);

        _click(_get(Button.class, spec -> spec.withId("skip-" + gift.id())));
        assertThat(giving.myRecurringGifts().get(0).nextChargeOn()).isEqualTo(gift.nextChargeOn().plusMonths(1));

        LocalDate newDate = LocalDate.now(ZoneOffset.UTC).plusDays(10);
        _click(_get(Button.class, spec -> spec.withId("date-" + gift.id())));
        _setValue(_get(DatePicker.class, spec -> spec.withId("new-date")), newDate);
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        assertThat(giving.myRecurringGifts().get(0).nextChargeOn()).isEqualTo(newDate);

        _click(_get(Button.class, spec -> spec.withId("cancel-" + gift.id())));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("cancel-reason")),
                "Changing how I give");
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));
        assertThat(giving.myRecurringGifts().get(0).status()).isEqualTo(SubscriptionState.Status.CANCELLED);
        assertThat(_get(Div.class, spec -> spec.withId("my-giving")).getElement().getTextRecursively())
                .contains("Cancelled.");
    }

    @Test
    void amountsOutsideTheLimitsAreExplainedAndNothingIsGiven() {
        signInAs("giving-2", "Gus Guard");
        UI.getCurrent().navigate(GivingView.class);
        GiveForm form = _get(GiveForm.class);
        _setValue(form.amount, new BigDecimal("2.50"));

        _click(_get(Button.class, spec -> spec.withId("give")));

        assertThat(_get(Span.class, spec -> spec.withId("give-error")).getText())
                .isEqualTo("The smallest gift online is 5.");
        assertThat(giving.myGifts(0, 50)).isEmpty();
    }

    @Test
    void aPauseDateInThePastIsRefusedInTheDialog() {
        signInAs("giving-3", "Pat Pause");
        UI.getCurrent().navigate(GivingView.class);
        _setValue(_get(GiveForm.class).frequency, Frequency.YEARLY);
        _click(_get(Button.class, spec -> spec.withId("give")));
        long id = giving.myRecurringGifts().get(0).id();

        _click(_get(Button.class, spec -> spec.withId("pause-" + id)));
        _setValue(_get(DatePicker.class, spec -> spec.withId("new-date")), LocalDate.of(2020, 1, 1));
        _click(_get(Button.class, spec -> spec.withId("confirm-change")));

        assertThat(_get(Span.class, spec -> spec.withId("change-error")).getText())
                .isEqualTo("Choose a resume date after today and within a year.");
        assertThat(giving.myRecurringGifts().get(0).status()).isEqualTo(SubscriptionState.Status.ACTIVE);
    }
}
