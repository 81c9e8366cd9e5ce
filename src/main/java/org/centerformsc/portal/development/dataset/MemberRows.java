package org.centerformsc.portal.development.dataset;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.Function;

/**
 * The members: names, e-mail addresses, locales and time zones from {@link World}'s regions, by weight. Member
 * {@code seq} (1..members) gets id {@code base + seq}, so later steps find members by arithmetic, without a join.
 */
final class MemberRows {

    /**
     * The data set's members' issuer where no development identity provider runs: then they cannot sign in. With
     * one, they are its members and sign in as {@code member-N} (docs/decisions/029).
     */
    static final String ISSUER = "https://dataset.centerformsc.invalid";
    /** Every data set has its first member, whatever the issuer. */
    static final String FIRST_EMAIL = "member-1@dataset.centerformsc.invalid";

    private MemberRows() {
    }

    static long idBase(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM member", Long.class);
    }

    static void insert(JdbcTemplate jdbc, DataSetShape shape, long base, String issuer) {
        String regions = String.join(", ", World.weightedRegionNumbers());
        jdbc.update("""
                INSERT INTO member (id, issuer, subject, display_name, email, locale, time_zone, created_at,
                                    last_signed_in_at, welcomed_at)
                SELECT %d + seq, '%s', CONCAT('member-', seq),
                       CONCAT(ELT((r - 1) * 12 + 1 + %s, %s), ' ', ELT((r - 1) * 12 + 1 + %s, %s)),
                       CONCAT('member-', seq, '@dataset.centerformsc.invalid'), ELT(r, %s), ELT(r, %s),
                       TIMESTAMP'2015-01-01 00:00:00' + INTERVAL %s HOUR,
                       IF(%s < 4, NULL, TIMESTAMP'2025-06-01 00:00:00' + INTERVAL (%s) MINUTE),
                       TIMESTAMP'2015-01-01 00:00:00' + INTERVAL %s HOUR
                FROM (SELECT seq, h, ELT(1 + %s, %s) AS r
                      FROM (SELECT seq, %s FROM seq_1_to_%d) hashed) placed
                """.formatted(base, issuer,
                Hash.mod(1, 12), all(names -> names.first()), Hash.mod(2, 12), all(names -> names.last()),
                Hash.quoted(World.REGIONS.stream().map(World.Region::locale).toList()),
                Hash.quoted(World.REGIONS.stream().map(World.Region::zone).toList()),
                // created between 2015 and the data set's day (4,350 days of hours)
                Hash.mod(3, 4_350 * 24),
                // 40% never signed in; the others last did in the 548 days before the data set's day
                Hash.mod(4, 10), Hash.mod(4, 10 * 548 * 24 * 60) + " DIV 10",
                // welcomed when they joined, as the migration that brought the welcome counted everyone there
                Hash.mod(3, 4_350 * 24),
                Hash.mod(0, World.TOTAL_WEIGHT), regions, Hash.of("member", "seq"), shape.members()));
    }

    private static String all(Function<World.Names, List<String>> part) {
        return Hash.quoted(World.REGIONS.stream().flatMap(region -> part.apply(region.names()).stream()).toList());
    }
}
