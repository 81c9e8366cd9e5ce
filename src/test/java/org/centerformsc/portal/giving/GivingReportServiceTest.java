package org.centerformsc.portal.giving;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.ReportRows;
import org.centerformsc.portal.TestCampaigns;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.base.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GivingReportServiceTest {

    /** Two months where no other test gives. */
    static final ReportPeriod JANUARY_AND_FEBRUARY_2035 = new ReportPeriod(LocalDate.of(2035, 1, 1),
            LocalDate.of(2035, 2, 28), ZoneOffset.UTC);

    @Autowired
    GivingReportService reports;
    @Autowired
    CampaignService campaigns;
    @Autowired
    JdbcClient jdbc;

    @Test
    void addsGiftsPerMonthDesignationAndCampaignKeepingCurrenciesApart() {
        ReportRows rows = new ReportRows(jdbc);
        String tuesday = TestCampaigns.fresh(campaigns, "RPT");
        String retreat = TestCampaigns.fresh(campaigns, "RPT");
        rows.gift("USD", 5000, Instant.parse("2035-01-01T00:00:00Z"), "GENERAL", null);
        rows.gift("USD", 2500, Instant.parse("2035-01-31T23:59:59Z"), "CIRCLES_SCHOLARSHIPS", null);
        rows.gift("EUR", 4000, Instant.parse("2035-01-15T12:00:00Z"), "CAMPAIGN", tuesday);
        rows.gift("USD", 1000, Instant.parse("2035-02-10T12:00:00Z"), "CAMPAIGN", tuesday);
        rows.gift("USD", 3000, Instant.parse("2035-02-28T23:59:59Z"), "CAMPAIGN", retreat);
        rows.gift("USD", 7777, Instant.parse("2034-12-31T23:59:59Z"), "GENERAL", null);
        rows.gift("USD", 8888, Instant.parse("2035-03-01T00:00:00Z"), "CAMPAIGN", tuesday);

        assertThat(TestLogins.asStaff(() -> reports.giftsPerMonth(JANUARY_AND_FEBRUARY_2035))).containsExactly(
                new GiftMonthTotal(YearMonth.of(2035, 1), "EUR", 1, 4000),
                new GiftMonthTotal(YearMonth.of(2035, 1), "USD", 2, 7500),
                new GiftMonthTotal(YearMonth.of(2035, 2), "USD", 2, 4000));
        assertThat(TestLogins.asStaff(() -> reports.giftsPerDesignation(JANUARY_AND_FEBRUARY_2035))).containsExactly(
                new GiftGroupTotal("CAMPAIGN", "CAMPAIGN", "EUR", 1, 4000),
                new GiftGroupTotal("CAMPAIGN", "CAMPAIGN", "USD", 2, 4000),
                new GiftGroupTotal("CIRCLES_SCHOLARSHIPS", "CIRCLES_SCHOLARSHIPS", "USD", 1, 2500),
                new GiftGroupTotal("GENERAL", "GENERAL", "USD", 1, 5000));
        assertThat(TestLogins.asStaff(() -> reports.giftsPerCampaign(JANUARY_AND_FEBRUARY_2035)))
                .filteredOn(total -> total.group().equals(tuesday) || total.group().equals(retreat))
                .containsExactlyInAnyOrder(
                        new GiftGroupTotal(tuesday, "Campaign " + tuesday, "EUR", 1, 4000),
                        new GiftGroupTotal(tuesday, "Campaign " + tuesday, "USD", 1, 1000),
                        new GiftGroupTotal(retreat, "Campaign " + retreat, "USD", 1, 3000));
    }

    @Test
    void countsRecurringGiftsSetUpInThePeriodAndTheirDonorsByStateNow() {
        ReportRows rows = new ReportRows(jdbc);
        long twice = rows.member();
        rows.recurringGift(twice, "ACTIVE", Instant.parse("2019-06-01T00:00:00Z"));
        rows.recurringGift(twice, "ACTIVE", Instant.parse("2019-06-30T23:59:59Z"));
        rows.recurringGift(rows.member(), "ACTIVE", Instant.parse("2019-06-15T00:00:00Z"));
        rows.recurringGift(rows.member(), "PAUSED", Instant.parse("2019-06-15T00:00:00Z"));
        rows.recurringGift(rows.member(), "LAPSED", Instant.parse("2019-06-15T00:00:00Z"));
        rows.recurringGift(rows.member(), "CANCELLED", Instant.parse("2019-07-01T00:00:00Z"));
        rows.recurringGift(rows.member(), "CANCELLED", Instant.parse("2019-05-31T23:59:59Z"));

        assertThat(TestLogins.asStaff(() -> reports.recurringDonors(new ReportPeriod(LocalDate.of(2019, 6, 1),
                LocalDate.of(2019, 6, 30), ZoneOffset.UTC)))).containsExactly(
                new RecurringDonorCount(SubscriptionState.Status.ACTIVE, 3, 2),
                new RecurringDonorCount(SubscriptionState.Status.PAUSED, 1, 1),
                new RecurringDonorCount(SubscriptionState.Status.LAPSED, 1, 1),
                new RecurringDonorCount(SubscriptionState.Status.CANCELLED, 0, 0));
    }
}
