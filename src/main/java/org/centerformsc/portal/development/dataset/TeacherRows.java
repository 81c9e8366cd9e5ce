package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.places.Place;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The teachers: every {@link DataSetShape#teacherStride()}th member, at a level (a quarter in training, 30%
 * trained, 40% certified, 5% trainers) with the completions that level rests on, a standing, and for most trained
 * and certified teachers a directory entry in a city of their region. Standings are written as the nightly
 * recomputation would leave them for the stage; co-teaching and consultation records are not written, so that
 * recomputation would later take certified teachers back to trained.
 */
final class TeacherRows {

    static final List<String> LEVELS = List.of("IN_TRAINING", "TRAINED", "CERTIFIED", "TRAINER");

    private TeacherRows() {
    }

    static void insert(JdbcTemplate jdbc, DataSetShape shape, long memberBase, Map<String, List<Place>> cities) {
        plan(jdbc, shape, memberBase);
        standings(jdbc);
        completions(jdbc);
        directory(jdbc, cities);
    }

    /** One row per teacher with their level and dates, which the other teacher tables are made from. */
    private static void plan(JdbcTemplate jdbc, DataSetShape shape, long memberBase) {
        jdbc.execute("""
                CREATE TEMPORARY TABLE dataset_teacher (
                    member_id BIGINT PRIMARY KEY, level INT NOT NULL, stage VARCHAR(30) NOT NULL,
                    msc_on DATE NOT NULL, retreat_on DATE, trained_on DATE, due_on DATE, listed BOOLEAN NOT NULL,
                    city_pick INT NOT NULL, online BOOLEAN NOT NULL, in_person BOOLEAN NOT NULL)""");
        String s1 = Hash.slice(1);
        String s3 = Hash.slice(3);
        jdbc.update("""
                INSERT INTO dataset_teacher
                SELECT member_id, level, stage, anchor - INTERVAL (180 + MOD(%5$s DIV 300, 1500)) DAY,
                       IF(level > 0 OR stage = 'TEACHER_TRAINING', anchor, NULL), trained_on, due_on,
                       level > 0 AND %6$s < 8, %7$s DIV 10, %8$s < 3, %9$s DIV 4 > 0
                FROM (SELECT member_id, h, level, stage, trained_on, due_on,
                             COALESCE(trained_on, DATE'2026-12-01' - INTERVAL 200 DAY)
                                 - INTERVAL (60 + MOD(%5$s, 300)) DAY AS anchor
                      FROM (SELECT member_id, h, level,
                                   CASE level WHEN 0 THEN %1$s WHEN 1 THEN 'SUPERVISED_TEACHING'
                                              ELSE 'CERTIFIED' END AS stage,
                                   CASE WHEN level = 1 THEN DATE'2026-12-01' - INTERVAL (30 + MOD(%4$s, 1000)) DAY
                                        WHEN level > 1 THEN DATE'2026-12-01' + INTERVAL (1 + MOD(%4$s, 1095)) DAY
                                            - INTERVAL 3 YEAR - INTERVAL (200 + MOD(%5$s DIV 1500, 400)) DAY
                                   END AS trained_on,
                                   CASE WHEN level = 1 THEN DATE'2026-12-01' - INTERVAL (30 + MOD(%4$s, 1000)) DAY
                                            + INTERVAL 3 YEAR
                                        WHEN level > 1 THEN DATE'2026-12-01' + INTERVAL (1 + MOD(%4$s, 1095)) DAY
                                   END AS due_on
                            FROM (SELECT member_id, h, %2$s AS level
                                  FROM (SELECT %10$d + seq * %11$d AS member_id, %3$s FROM seq_1_to_%12$d) hashed
                                 ) levelled
                           ) dated
                     ) anchored
                """.formatted(
                Hash.oneOf(2, List.of("PERSONAL_PRACTICE", "SILENT_RETREAT", "TEACHER_TRAINING")),
                // level 0..3 from 20 slots: 5 in training, 6 trained, 8 certified, 1 trainer
                "ELT(1 + " + Hash.mod(0, 20) + ", 0,0,0,0,0, 1,1,1,1,1,1, 2,2,2,2,2,2,2,2, 3)",
                Hash.of("teacher", "seq"), s1, s3,
                // 80% of those past training are listed; a city pick; online 3 in 4, in person 3 in 4
                Hash.mod(4, 10), Hash.mod(4, 1000), Hash.mod(2, 4), Hash.mod(2, 16),
                memberBase, shape.teacherStride(), shape.teachers()));
    }

    private static void standings(JdbcTemplate jdbc) {
        jdbc.update("""
                INSERT INTO teacher_standing (member_id, training_level, stage, next_due_on, next_due_kind, computed_at)
                SELECT member_id, ELT(level + 1, %s), stage, due_on,
                       CASE WHEN level = 1 THEN 'CERTIFICATION' WHEN level > 1 THEN 'RENEWAL' END,
                       TIMESTAMP'2026-12-01 02:20:00'
                FROM dataset_teacher""".formatted(Hash.quoted(LEVELS)));
    }

    /** MSC for all; the silent retreat for those past it; teacher training from trained up. */
    private static void completions(JdbcTemplate jdbc) {
        for (String[] program : List.of(new String[]{"MSC", "msc_on", "TRUE"},
                new String[]{"SILENT-RETREAT", "retreat_on", "retreat_on IS NOT NULL"},
                new String[]{"TEACHER-TRAINING", "trained_on", "trained_on IS NOT NULL"})) {
            jdbc.update("""
                    INSERT INTO completion (member_id, program_code, completed_on, source, status, created_at,
                                            created_by)
                    SELECT member_id, '%s', %s, 'STAFF', 'VERIFIED', %s + INTERVAL 34 HOUR, 'Member services'
                    FROM dataset_teacher WHERE %s ORDER BY member_id""".formatted(program[0], program[1],
                    program[1], program[2]));
        }
    }

    /** Directory entries in a city of the teacher's own region, with their language (and English for half). */
    private static void directory(JdbcTemplate jdbc, Map<String, List<Place>> cities) {
        jdbc.execute("""
                CREATE TEMPORARY TABLE dataset_city (
                    zone VARCHAR(64) NOT NULL, idx INT NOT NULL, n INT NOT NULL, id VARCHAR(20) NOT NULL,
                    name VARCHAR(200) NOT NULL, region VARCHAR(200), country_code VARCHAR(2) NOT NULL,
                    latitude DOUBLE NOT NULL, longitude DOUBLE NOT NULL, PRIMARY KEY (zone, idx))""");
        List<Object[]> rows = new ArrayList<>();
        cities.forEach((zone, places) -> {
            for (int i = 0; i < places.size(); i++) {
                Place place = places.get(i);
                rows.add(new Object[]{zone, i, places.size(), place.id(), place.name(), place.region(),
                        place.countryCode(), place.latitude(), place.longitude()});
            }
        });
        jdbc.batchUpdate("INSERT INTO dataset_city VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        jdbc.update("""
                INSERT INTO teacher_profile (member_id, display_name, listed, bio, bio_public, languages_public,
                    city_id, city_name, region, country_code, latitude, longitude, location_public, website_public,
                    photo_public, teaches_online, teaches_in_person, updated_at)
                SELECT t.member_id, m.display_name, TRUE,
                       CONCAT('I teach Mindful Self-Compassion', COALESCE(CONCAT(' in and around ', c.name), ''), '.'),
                       TRUE, TRUE, c.id, c.name, c.region, c.country_code, c.latitude, c.longitude, c.id IS NOT NULL,
                       FALSE, FALSE, t.online OR NOT t.in_person, t.in_person, TIMESTAMP'2026-11-01 09:00:00'
                FROM dataset_teacher t JOIN member m ON m.id = t.member_id
                LEFT JOIN dataset_city c ON c.zone = m.time_zone AND c.idx = MOD(t.city_pick, c.n)
                WHERE t.listed ORDER BY t.member_id""");
        jdbc.update("""
                INSERT INTO teacher_language (member_id, language_code)
                SELECT p.member_id, LEFT(m.locale, 2) FROM teacher_profile p JOIN dataset_teacher t USING (member_id)
                JOIN member m ON m.id = p.member_id ORDER BY p.member_id""");
        jdbc.update("""
                INSERT IGNORE INTO teacher_language (member_id, language_code)
                SELECT p.member_id, 'en' FROM teacher_profile p JOIN dataset_teacher t USING (member_id)
                WHERE MOD(t.city_pick, 2) = 0 ORDER BY p.member_id""");
    }
}
