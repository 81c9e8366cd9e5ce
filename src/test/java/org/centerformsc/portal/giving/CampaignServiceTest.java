package org.centerformsc.portal.giving;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Campaigns on MariaDB: staff keep them, the give form sees the open ones, progress is summed from gifts. */
@IntegrationTest
class CampaignServiceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired
    CampaignService campaigns;

    @Autowired
    GivingService giving;

    @Autowired
    MemberService members;

    @Test
    void staffCreateAndEditACampaignButNeverItsCode() {
        String code = code();
        asStaff(() -> campaigns.create(draft(code, "Spring appeal", new BigDecimal("1000"), TODAY, null, true)));

        asStaff(() -> campaigns.update(draft(code, "Spring appeal 2027", new BigDecimal("1500.50"), TODAY,
                TODAY.plusDays(30), false)));

        assertThat(campaigns.campaign(code)).get().satisfies(campaign -> {
            assertThat(campaign.name()).isEqualTo("Spring appeal 2027");
            assertThat(campaign.goal()).isEqualTo(new Money(150050, "USD"));
            assertThat(campaign.endsOn()).isEqualTo(TODAY.plusDays(30));
            assertThat(campaign.active()).isFalse();
        });
        assertThatThrownBy(() -> asStaff(() -> campaigns.create(draft(code, "Again", null, TODAY, null, true))))
                .isInstanceOf(CampaignRefused.class).hasMessage("campaign.refused.taken");
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        record Case(CampaignDraft draft, String field, String key) {
        }
        String code = code();
        List<Case> cases = List.of(
                new Case(draft("bad code!", "Name", null, TODAY, null, true), "code", "campaign.refused.code"),
                new Case(draft(code, " ", null, TODAY, null, true), "name", "campaign.refused.name"),
                new Case(draft(code, "x".repeat(121), null, TODAY, null, true), "name", "campaign.refused.name"),
                new Case(new CampaignDraft(code, "Name", null, "JPY", null, TODAY, null, true), "currency",
                        "campaign.refused.currency"),
                new Case(draft(code, "Name", new BigDecimal("-5"), TODAY, null, true), "goal", "campaign.refused.goal"),
                new Case(draft(code, "Name", new BigDecimal("10.005"), TODAY, null, true), "goal",
                        "campaign.refused.goal"),
                new Case(draft(code, "Name", null, null, null, true), "startsOn", "campaign.refused.starts"),
                new Case(draft(code, "Name", null, TODAY, TODAY.minusDays(1), true), "endsOn", "campaign.refused.ends"),
                new Case(new CampaignDraft(code, "Name", "d".repeat(2001), "USD", null, TODAY, null, true),
                        "description", "campaign.refused.description"));

        for (Case bad : cases) {
            assertThatThrownBy(() -> asStaff(() -> campaigns.create(bad.draft()))).isInstanceOfSatisfying(
                    CampaignRefused.class, refused -> {
                        assertThat(refused.field()).as(bad.key()).isEqualTo(bad.field());
                        assertThat(refused.messageKey()).isEqualTo(bad.key());
                    });
        }
        assertThat(campaigns.campaign(code)).isEmpty();
    }

    @Test
    void onlyStaffKeepCampaigns() {
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Pia Participant");
        assertThatThrownBy(() -> TestLogins.as(member, () -> campaigns.create(draft(code(), "Mine", null, TODAY,
                null, true)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theGiveFormOffersOpenCampaignsOnlyAndAGiftToAnyOtherIsRefused() {
        String open = code();
        String future = code();
        String ended = code();
        String closed = code();
        asStaff(() -> {
            campaigns.create(draft(open, "Open", null, TODAY, TODAY, true));
            campaigns.create(draft(future, "Future", null, TODAY.plusDays(1), null, true));
            campaigns.create(draft(ended, "Ended", null, TODAY.minusDays(10), TODAY.minusDays(1), true));
            return campaigns.create(draft(closed, "Closed", null, TODAY.minusDays(10), null, false));
        });

        assertThat(campaigns.openCampaigns()).extracting(CampaignSummary::code).contains(open)
                .doesNotContain(future, ended, closed);
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Gil Giver");
        for (String notOpen : List.of(future, ended, closed, "NO-SUCH-CAMPAIGN")) {
            assertThatThrownBy(() -> TestLogins.as(donor, () -> giving.give(new BigDecimal("20"), "USD",
                    Frequency.ONCE, Designation.CAMPAIGN, notOpen))).hasMessage("giving.invalid.campaign");
        }
        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).isEmpty();
        TestLogins.as(donor, () -> giving.give(new BigDecimal("20"), "USD", Frequency.ONCE, Designation.CAMPAIGN, open));
        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).singleElement()
                .satisfies(gift -> assertThat(gift.campaign()).isEqualTo(open));
    }

    @Test
    void progressSumsTheCampaignsGiftsPerCurrencyAndCountsEachDonorOnce() {
        String code = code();
        asStaff(() -> campaigns.create(draft(code, "Circles", new BigDecimal("100"), TODAY.minusDays(5), null, true)));
        MemberId ana = signedUpId("Ana Amount");
        MemberId ben = signedUpId("Ben Bigger");
        asStaff(() -> {
            giving.recordManualGift(ana, new Money(2000, "USD"), code, Instant.now());
            giving.recordManualGift(ana, new Money(1550, "USD"), code, Instant.now());
            giving.recordManualGift(ben, new Money(4000, "USD"), code, Instant.now());
            giving.recordManualGift(ben, new Money(1000, "EUR"), code, Instant.now());
            giving.recordManualGift(ben, new Money(9900, "USD"), null, Instant.now());
            return null;
        });

        CampaignProgress progress = campaigns.progress(code).orElseThrow();

        assertThat(progress.raised()).isEqualTo(new Money(7550, "USD"));
        assertThat(progress.raisedInOtherCurrencies()).containsExactly(new Money(1000, "EUR"));
        assertThat(progress.donors()).isEqualTo(2);
        assertThat(progress.percentOfGoal()).hasValue(75);
        assertThat(progress.acceptsGifts()).isTrue();
        assertThat(campaigns.progress("NO-SUCH-CAMPAIGN")).isEmpty();
    }

    @Test
    void aMembersGiftsToCampaignsAreTheirOwnAndAtLeastTheMinimum() {
        String code = code();
        String other = code();
        asStaff(() -> {
            campaigns.create(draft(code, "Replay", null, TODAY, null, true));
            return campaigns.create(draft(other, "Other", null, TODAY, null, true));
        });
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Mo Minimum");
        MemberId donorId = TestLogins.as(donor, members::currentMemberId);
        MemberId someoneElse = signedUpId("Sam Someone");
        asStaff(() -> {
            giving.recordManualGift(donorId, new Money(1499, "USD"), code, Instant.now());
            giving.recordManualGift(donorId, new Money(1500, "USD"), code, Instant.now());
            giving.recordManualGift(donorId, new Money(5000, "USD"), other, Instant.now());
            giving.recordManualGift(someoneElse, new Money(5000, "USD"), code, Instant.now());
            return null;
        });

        assertThat(TestLogins.as(donor, () -> giving.myGiftsToCampaigns(List.of(code), 1500)))
                .extracting(gift -> gift.amount().minorUnits()).containsExactly(1500L);
        assertThat(TestLogins.as(donor, () -> giving.myGiftsToCampaigns(List.of(), 1500))).isEmpty();
    }

    @Test
    void aManualGiftMustNameAKnownCampaign() {
        MemberId donor = signedUpId("Una Unknown");
        assertThatThrownBy(() -> asStaff(() -> {
            giving.recordManualGift(donor, new Money(2500, "USD"), "NOT-A-CAMPAIGN", Instant.now());
            return null;
        })).hasMessage("giving.invalid.campaign");
    }

    private MemberId signedUpId(String name) {
        return TestLogins.as(TestLogins.signedUp(members, name), members::currentMemberId);
    }

    private static CampaignDraft draft(String code, String name, BigDecimal goal, LocalDate starts, LocalDate ends,
                                       boolean active) {
        return new CampaignDraft(code, name, "About " + name, "USD", goal, starts, ends, active);
    }

    private static String code() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static <T> T asStaff(java.util.function.Supplier<T> work) {
        return TestLogins.asStaff(work);
    }
}
