package org.centerformsc.portal.development.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Recurring gifts, then gifts: two in five gifts are charges of the recurring gifts, the rest one-time gifts.
 * Campaign codes come only from {@link #CAMPAIGNS}; most gifts have none. All go through the "offline" provider,
 * the one the embedded run uses, so a donor browsing the data set can change them.
 */
final class GivingRows {

    static final List<String> CAMPAIGNS = List.of("GIVING-TUESDAY-2026", "IWD-2026");
    private static final String CURRENCIES = "'USD','USD','USD','USD','USD','USD','USD','USD','USD','USD','USD',"
            + "'USD','USD','USD','EUR','EUR','EUR','EUR','GBP','CAD'";

    private GivingRows() {
    }

    /**
     * The campaigns gifts name, unless they exist already (the demo data creates them with their descriptions):
     * gifts and recurring gifts may only name a campaign that giving keeps (docs/decisions/012).
     */
    static void campaigns(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT IGNORE INTO campaign (code, name, currency, goal_minor, starts_on, ends_on, active, created_at,
                                             updated_at)
                VALUES ('GIVING-TUESDAY-2026', 'Giving Tuesday 2026', 'USD', 5000000, DATE'2026-11-24',
                        DATE'2026-12-31', TRUE, TIMESTAMP'2026-11-01 00:00:00', TIMESTAMP'2026-11-01 00:00:00'),
                       ('IWD-2026', 'International Women''s Day 2026 replay', 'USD', NULL, DATE'2026-03-07', NULL,
                        TRUE, TIMESTAMP'2026-03-01 00:00:00', TIMESTAMP'2026-03-01 00:00:00')""");
    }

    /**
     * Monthly (four in five) or yearly; 60% active with the next charge after the data set's day, 10% paused,
     * 30% cancelled. Created long enough ago to have been charged up to four times.
     */
    static long recurringGifts(JdbcTemplate jdbc, DataSetShape shape, long memberBase) {
        long base = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM recurring_gift", Long.class);
        jdbc.update("""
                INSERT INTO recurring_gift (id, member_id, provider, provider_ref, amount_minor, currency, frequency,
                    designation, campaign, status, next_charge_on, paused_until, cancel_reason, created_at, updated_at)
                SELECT %d + seq, %d + 1 + %s, 'offline', CONCAT('ds-sub-', seq),
                       IF(frequency = 'MONTHLY', ELT(1 + %s, 1000, 1500, 2000, 2500, 5000, 10000),
                          ELT(1 + %s, 10000, 25000, 50000, 100000)),
                       ELT(1 + %s, %s), frequency, designation,
                       IF(designation = 'CAMPAIGN', 'GIVING-TUESDAY-2026', NULL), status,
                       CASE status
                           WHEN 'ACTIVE' THEN DATE'2026-12-01'
                               + INTERVAL (1 + MOD(%s, IF(frequency = 'MONTHLY', 30, 365))) DAY
                           WHEN 'PAUSED' THEN DATE'2026-12-01' + INTERVAL (1 + MOD(%s, 120)) DAY END,
                       IF(status = 'PAUSED', DATE'2026-12-01' + INTERVAL (1 + MOD(%s, 120)) DAY, NULL),
                       IF(status = 'CANCELLED', ELT(1 + %s, 'Giving elsewhere now', 'Money is tight', NULL), NULL),
                       created_at, GREATEST(created_at, TIMESTAMP'2026-12-01 00:00:00' - INTERVAL (1 + %s) DAY)
                FROM (SELECT seq, h, h2, frequency, designation, status,
                             TIMESTAMP'2026-12-01 09:00:00'
                                 - INTERVAL IF(frequency = 'MONTHLY', 150 + %s, 1500 + %s) DAY AS created_at
                      FROM (SELECT seq, h, h2, IF(%s = 0, 'YEARLY', 'MONTHLY') AS frequency,
                                   %s AS designation, %s AS status
                            FROM (SELECT seq, %s FROM seq_1_to_%d) hashed) chosen) dated
                """.formatted(base, memberBase, Hash.mod(0, shape.members()),
                Hash.mod(2, 6), Hash.mod(2, 4), Hash.mod(3, 20), CURRENCIES,
                Hash.slice(6), Hash.slice(6), Hash.slice(6), Hash.mod(7, 3), Hash.mod(8, 29),
                Hash.mod(5, 1300), Hash.mod(5, 600), Hash.mod(1, 5),
                Hash.oneOf(4, List.of("GENERAL", "GENERAL", "GENERAL", "GENERAL", "GENERAL", "GENERAL", "GENERAL",
                        "CIRCLES_SCHOLARSHIPS", "CIRCLES_SCHOLARSHIPS", "CAMPAIGN")),
                Hash.oneOf(9, List.of("ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "PAUSED",
                        "CANCELLED", "CANCELLED", "CANCELLED")),
                Hash.of("recurring", "seq"), shape.recurringGifts()));
        return base;
    }

    /**
     * The gifts: charge {@code seq div r} of recurring gift {@code seq mod r}, then one-time gifts since 2019 (one
     * in ten recorded by staff by hand), a twentieth each to the two campaigns in their season.
     */
    static void gifts(JdbcTemplate jdbc, DataSetShape shape, long memberBase, long recurringBase) {
        long base = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM gift", Long.class);
        int charges = shape.gifts() * 2 / 5;
        jdbc.update("""
                INSERT INTO gift (id, member_id, amount_minor, currency, campaign, given_at, source, recorded_by,
                                  designation, recurring_gift_id, provider_ref)
                SELECT %d + seq + 1, member_id, amount_minor, currency, campaign, given_at, 'OFFLINE', 'offline',
                       designation, id, CONCAT(provider_ref, '@', DATE(given_at))
                FROM (SELECT s.seq, r.*, IF(r.frequency = 'MONTHLY', r.created_at + INTERVAL s.seq DIV %d MONTH,
                                            r.created_at + INTERVAL s.seq DIV %d YEAR) AS given_at
                      FROM seq_0_to_%d s JOIN recurring_gift r ON r.id = %d + 1 + MOD(s.seq, %d)) charged
                ORDER BY seq""".formatted(base, shape.recurringGifts(), shape.recurringGifts(), charges - 1,
                recurringBase, shape.recurringGifts()));
        jdbc.update("""
                INSERT INTO gift (id, member_id, amount_minor, currency, campaign, given_at, source, recorded_by,
                                  designation, provider_ref)
                SELECT %d + seq, %d + 1 + %s, ELT(1 + %s, 1000, 2000, 2500, 5000, 5000, 10000, 25000, 100000),
                       ELT(1 + %s, %s), ELT(1 + campaign_pick, 'GIVING-TUESDAY-2026', 'IWD-2026'),
                       CASE campaign_pick
                           WHEN 0 THEN TIMESTAMP'2026-11-24 00:00:00' + INTERVAL %s MINUTE
                           WHEN 1 THEN TIMESTAMP'2026-03-07 00:00:00' + INTERVAL %s MINUTE
                           ELSE TIMESTAMP'2019-01-01 00:00:00' + INTERVAL %s DAY + INTERVAL %s SECOND END,
                       IF(manual, 'MANUAL', 'OFFLINE'), IF(manual, 'Member services', 'offline'),
                       CASE WHEN campaign_pick < 2 THEN 'CAMPAIGN' WHEN campaign_pick < 5 THEN 'CIRCLES_SCHOLARSHIPS'
                            ELSE 'GENERAL' END,
                       IF(manual, NULL, CONCAT('ds-pay-', seq))
                FROM (SELECT seq, h, h2, %s AS campaign_pick, %s = 0 AS manual
                      FROM (SELECT seq, %s FROM seq_1_to_%d) hashed) chosen
                """.formatted(base + charges, memberBase, Hash.mod(0, shape.members()), Hash.mod(1, 8),
                Hash.mod(3, 20), CURRENCIES, Hash.mod(5, 7 * 24 * 60), Hash.mod(5, 2 * 24 * 60), Hash.mod(6, 2_891),
                Hash.mod(7, 86_400), Hash.mod(2, 20), Hash.mod(4, 10), Hash.of("gift", "seq"),
                shape.gifts() - charges));
    }
}
