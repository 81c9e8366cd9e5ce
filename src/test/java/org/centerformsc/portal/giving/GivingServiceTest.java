package org.centerformsc.portal.giving;

import org.centerformsc.portal.TestCampaigns;
import org.junit.jupiter.api.BeforeEach;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Giving through the offline gateway on the real MariaDB: the donor's own gifts, changed only by the donor. */
@IntegrationTest
class GivingServiceTest {

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    @BeforeEach
    void iwdCampaignIsOpen() {
        TestCampaigns.open(campaigns, "IWD-2026");
    }

    @Autowired
    MemberService members;

    @Test
    void aMonthlyGiftIsSetUpChangedPausedResumedAndCancelled() {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Mona Monthly");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TestLogins.as(donor, () -> giving.give(new BigDecimal("25"), "USD", Frequency.MONTHLY,
                Designation.CIRCLES_SCHOLARSHIPS, null));
        RecurringGiftView gift = TestLogins.as(donor, giving::myRecurringGifts).get(0);
        assertThat(gift.nextChargeOn()).isEqualTo(today.plusMonths(1));
        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).singleElement()
                .satisfies(first -> assertThat(first.amount()).isEqualTo(new Money(2500, "USD")));

        RecurringGiftView changed = TestLogins.as(donor, () -> giving.change(gift.id(),
                new SubscriptionChange.ChangeAmount(new Money(3000, "USD"))));
        assertThat(changed.amount()).isEqualTo(new Money(3000, "USD"));

        LocalDate resumeOn = today.plusMonths(2).plusDays(3);
        RecurringGiftView paused = TestLogins.as(donor, () -> giving.change(gift.id(),
                new SubscriptionChange.Pause(resumeOn)));
        assertThat(paused.status()).isEqualTo(SubscriptionState.Status.PAUSED);
        assertThat(paused.pausedUntil()).isEqualTo(resumeOn);

        RecurringGiftView resumed = TestLogins.as(donor, () -> giving.change(gift.id(), new SubscriptionChange.Resume()));
        assertThat(resumed.status()).isEqualTo(SubscriptionState.Status.ACTIVE);

        RecurringGiftView cancelled = TestLogins.as(donor, () -> giving.change(gift.id(),
                new SubscriptionChange.Cancel("Moving my giving elsewhere")));
        assertThat(cancelled.status()).isEqualTo(SubscriptionState.Status.CANCELLED);
        assertThatThrownBy(() -> TestLogins.as(donor, () -> giving.change(gift.id(), new SubscriptionChange.SkipNext())))
                .isInstanceOf(GiftAmounts.InvalidGift.class).hasMessage("giving.invalid.cancelled");
    }

    @Test
    void anotherMemberCannotTouchSomeoneElsesGift() {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Owen Owner");
        OAuth2AuthenticationToken other = TestLogins.signedUp(members, "Ivy Intruder");
        TestLogins.as(donor, () -> giving.give(new BigDecimal("50"), "EUR", Frequency.YEARLY, Designation.GENERAL, null));
        long id = TestLogins.as(donor, giving::myRecurringGifts).get(0).id();

        assertThatThrownBy(() -> TestLogins.as(other, () -> giving.change(id, new SubscriptionChange.Cancel(null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestLogins.as(donor, giving::myRecurringGifts).get(0).status())
                .isEqualTo(SubscriptionState.Status.ACTIVE);
    }

    @Test
    void badInputStoresNothing() {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Bea Bad");
        assertThatThrownBy(() -> TestLogins.as(donor, () -> giving.give(new BigDecimal("4"), "USD", Frequency.ONCE,
                Designation.GENERAL, null))).hasMessage("giving.invalid.min");
        assertThatThrownBy(() -> TestLogins.as(donor, () -> giving.give(new BigDecimal("20"), "USD", Frequency.ONCE,
                Designation.CAMPAIGN, " "))).hasMessage("giving.invalid.campaign");
        TestLogins.as(donor, () -> giving.give(new BigDecimal("20"), "USD", Frequency.MONTHLY, Designation.GENERAL, null));
        long id = TestLogins.as(donor, giving::myRecurringGifts).get(0).id();
        assertThatThrownBy(() -> TestLogins.as(donor, () -> giving.change(id,
                new SubscriptionChange.ChangeNextChargeDate(LocalDate.now(ZoneOffset.UTC)))))
                .hasMessage("giving.invalid.date");

        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).hasSize(1);
    }

    @Test
    void dueChargesAreRecordedAndMoveTheNextDate() {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Cai Charge");
        TestLogins.as(donor, () -> giving.give(new BigDecimal("15"), "GBP", Frequency.MONTHLY, Designation.CAMPAIGN,
                "IWD-2026"));
        RecurringGiftView gift = TestLogins.as(donor, giving::myRecurringGifts).get(0);

        SystemAuthentication.asSystem(() -> giving.recordDueCharges(gift.nextChargeOn()));

        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).hasSize(2)
                .allSatisfy(g -> assertThat(g.campaign()).isEqualTo("IWD-2026"));
        assertThat(TestLogins.as(donor, giving::myRecurringGifts).get(0).nextChargeOn())
                .isEqualTo(gift.nextChargeOn().plusMonths(1));
    }
}
