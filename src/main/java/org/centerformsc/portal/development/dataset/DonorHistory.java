package org.centerformsc.portal.development.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo donor's heavy history: three recurring gifts (active monthly, paused yearly, cancelled monthly) with
 * their 40 charges, and 160 one-time gifts since 2019, some to the campaigns: 200 gifts.
 */
final class DonorHistory {

    static final int GIFTS = 200;

    private record Recurring(String ref, long amount, String frequency, String designation, String status,
                             LocalDate created, int charges, LocalDate next, LocalDate pausedUntil) {
    }

    private static final List<Recurring> RECURRING = List.of(
            new Recurring("ds-donor-monthly", 2_500, "MONTHLY", "GENERAL", "ACTIVE", LocalDate.of(2024, 12, 5), 24,
                    LocalDate.of(2026, 12, 5), null),
            new Recurring("ds-donor-yearly", 25_000, "YEARLY", "CIRCLES_SCHOLARSHIPS", "PAUSED",
                    LocalDate.of(2023, 1, 15), 4, LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15)),
            new Recurring("ds-donor-earlier", 1_000, "MONTHLY", "GENERAL", "CANCELLED", LocalDate.of(2022, 3, 1), 12,
                    null, null));

    private DonorHistory() {
    }

    static void insert(JdbcTemplate jdbc, long donor) {
        int charged = 0;
        for (Recurring gift : RECURRING) {
            LocalDateTime created = gift.created().atTime(9, 0);
            jdbc.update("""
                    INSERT INTO recurring_gift (member_id, provider, provider_ref, amount_minor, currency, frequency,
                        designation, status, next_charge_on, paused_until, cancel_reason, created_at, updated_at)
                    VALUES (?, 'offline', ?, ?, 'USD', ?, ?, ?, ?, ?, ?, ?, ?)""", donor, gift.ref(), gift.amount(),
                    gift.frequency(), gift.designation(), gift.status(), gift.next(), gift.pausedUntil(),
                    gift.status().equals("CANCELLED") ? "Moved to a yearly gift" : null, created, created);
            long id = jdbc.queryForObject(
                    "SELECT id FROM recurring_gift WHERE provider = 'offline' AND provider_ref = ?", Long.class,
                    gift.ref());
            List<Object[]> charges = new ArrayList<>();
            for (int i = 0; i < gift.charges(); i++) {
                LocalDate day = gift.frequency().equals("MONTHLY") ? gift.created().plusMonths(i)
                        : gift.created().plusYears(i);
                charges.add(new Object[]{donor, gift.amount(), day.atTime(9, 0), gift.designation(), id,
                        gift.ref() + "@" + day});
            }
            jdbc.batchUpdate("""
                    INSERT INTO gift (member_id, amount_minor, currency, given_at, source, recorded_by, designation,
                                      recurring_gift_id, provider_ref)
                    VALUES (?, ?, 'USD', ?, 'OFFLINE', 'offline', ?, ?, ?)""", charges);
            charged += charges.size();
        }
        oneTime(jdbc, donor, GIFTS - charged);
    }

    private static void oneTime(JdbcTemplate jdbc, long donor, int count) {
        Random random = new Random(200L);
        long[] amounts = {2_500, 5_000, 10_000, 15_000, 25_000, 50_000};
        List<Object[]> gifts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int pick = random.nextInt(20);
            String campaign = pick == 0 ? "GIVING-TUESDAY-2026" : pick == 1 ? "IWD-2026" : null;
            LocalDate day = pick == 0 ? LocalDate.of(2026, 11, 24).plusDays(random.nextInt(7))
                    : pick == 1 ? LocalDate.of(2026, 3, 7).plusDays(random.nextInt(2))
                    : LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2_891));
            gifts.add(new Object[]{donor, amounts[random.nextInt(amounts.length)], campaign,
                    day.atTime(LocalTime.of(8 + random.nextInt(12), random.nextInt(60))),
                    campaign != null ? "CAMPAIGN" : pick < 5 ? "CIRCLES_SCHOLARSHIPS" : "GENERAL",
                    "ds-donor-pay-" + (i + 1)});
        }
        jdbc.batchUpdate("""
                INSERT INTO gift (member_id, amount_minor, currency, campaign, given_at, source, recorded_by,
                                  designation, provider_ref)
                VALUES (?, ?, 'USD', ?, ?, 'OFFLINE', 'offline', ?, ?)""", gifts);
    }
}
