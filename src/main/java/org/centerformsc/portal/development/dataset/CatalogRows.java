package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.development.dataset.OfferingPlan.Instructor;
import org.centerformsc.portal.development.dataset.OfferingPlan.Offering;
import org.centerformsc.portal.development.dataset.OfferingPlan.Session;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes the planned offerings with their sessions, the teachers' names shown and the instructors' rosters. */
final class CatalogRows {

    /** The demo's refund policy (docs/decisions/016): the fee back, no fee kept, until 14 days before. */
    private static final int REFUND_DAYS_BEFORE = 14;

    private CatalogRows() {
    }

    /** Certified teachers and trainers, by time zone, in member order. */
    static Map<String, List<Instructor>> instructors(JdbcTemplate jdbc) {
        Map<String, List<Instructor>> byZone = new LinkedHashMap<>();
        jdbc.query("""
                SELECT t.member_id, m.display_name, m.time_zone FROM dataset_teacher t
                JOIN member m ON m.id = t.member_id WHERE t.level >= 2 ORDER BY t.member_id""", row -> {
            Instructor instructor = new Instructor(row.getLong(1), row.getString(2), row.getString(3));
            byZone.computeIfAbsent(instructor.zone(), zone -> new ArrayList<>()).add(instructor);
        });
        return byZone;
    }

    static long idBase(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM offering", Long.class);
    }

    static void insert(JdbcTemplate jdbc, List<Offering> offerings) {
        Map<String, Long> programs = new LinkedHashMap<>();
        jdbc.query("SELECT code, id FROM program", row -> {
            programs.put(row.getString(1), row.getLong(2));
        });
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> names = new ArrayList<>();
        List<Object[]> rosters = new ArrayList<>();
        for (Offering offering : offerings) {
            rows.add(row(offering, programs.get(offering.kind().program())));
            for (Session session : offering.sessions()) {
                sessions.add(new Object[]{offering.id(), time(session.startsAt()), time(session.endsAt())});
            }
            for (int i = 0; i < offering.instructors().size(); i++) {
                Instructor instructor = offering.instructors().get(i);
                names.add(new Object[]{offering.id(), i, instructor.name()});
                rosters.add(new Object[]{offering.id(), instructor.memberId()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO offering (id, program_id, code, title, time_zone, format, venue, language, capacity,
                    currency, regular_price_minor, early_bird_price_minor, early_bird_deadline, registration_opens_at,
                    registration_closes_at, status, join_url, first_session_at, last_session_at, cancel_reason,
                    refund_days_before)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.batchUpdate("INSERT INTO offering_session (offering_id, starts_at, ends_at) VALUES (?, ?, ?)", sessions);
        jdbc.batchUpdate("INSERT INTO offering_teacher (offering_id, position, teacher_name) VALUES (?, ?, ?)", names);
        jdbc.batchUpdate("INSERT INTO offering_instructor (offering_id, member_id) VALUES (?, ?)", rosters);
    }

    private static Object[] row(Offering offering, long programId) {
        Kind kind = offering.kind();
        World.Region region = offering.region();
        String joinUrl = offering.inPerson() ? null
                : "https://meet.centerformsc.invalid/" + offering.code().toLowerCase(Locale.ROOT);
        Instant earlyBirdDeadline = offering.earlyBirdPrice() == null ? null
                : offering.firstStart().minus(Duration.ofDays(28));
        return new Object[]{offering.id(), programId, offering.code(), offering.title(), region.zone(),
                offering.inPerson() ? "IN_PERSON" : "ONLINE",
                offering.inPerson() ? "Community centre, " + region.cities().get(0) : null, World.language(region),
                offering.capacity(), region.currency(), kind.priceMinor(), offering.earlyBirdPrice(),
                time(earlyBirdDeadline), time(offering.opens()), time(offering.closes()), offering.status(), joinUrl,
                time(offering.firstStart()), time(offering.lastEnd()),
                offering.status().equals("CANCELLED") ? "Too few participants registered." : null,
                REFUND_DAYS_BEFORE};
    }

    /** Instants go to DATETIME columns as UTC wall-clock times, as Hibernate (jdbc.time_zone=UTC) writes them. */
    static LocalDateTime time(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
