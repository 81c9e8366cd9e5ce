package org.centerformsc.portal.privacy;

import org.centerformsc.portal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every table of the schema is either covered by a personal data holder (it is exported and erased) or listed here
 * with the reason it holds no personal data. A new table that is neither fails this test, so nobody adds personal
 * data that "Download my data" and "Delete my account" do not know about (docs/decisions/024).
 */
@IntegrationTest
class PersonalDataCoverageTest {

    /** Tables without personal data, and why. */
    static final Map<String, String> NO_PERSONAL_DATA = Map.ofEntries(
            entry("flyway_schema_history", "the schema's migration history"),
            entry("shedlock", "which node runs a scheduled job"),
            entry("job_watermark", "how far a scheduled job got"),
            entry("program", "the catalog of programs"),
            entry("program_language", "the languages programs are taught in"),
            entry("program_translation", "programs' titles in other languages"),
            entry("offering_session", "the sessions of a run: times only"),
            entry("enrollment_lock", "a lock row per run, for seat counting"),
            entry("replay", "the replays staff publish"),
            entry("replay_caption", "captions of replays"),
            entry("replay_chapter", "chapters of replays"),
            entry("campaign", "the fundraising campaigns"),
            entry("processed_provider_event", "ids of payment provider events already handled"),
            entry("erasure", "the erasure audit: the id of an anonymised row and row counts only"));

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrivacyService privacy;

    @Test
    void everyTableIsCoveredOrListedWithAReason() {
        assertThat(unaccounted()).as("tables neither covered by a PersonalData holder nor listed in "
                + "NO_PERSONAL_DATA").isEmpty();
    }

    @Test
    void theListsNameOnlyTablesThatExistAndNoTableTwice() {
        Set<String> tables = tables();
        assertThat(tables).containsAll(privacy.coveredTables()).containsAll(NO_PERSONAL_DATA.keySet());
        assertThat(privacy.coveredTables()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(
                NO_PERSONAL_DATA.keySet());
    }

    @Test
    void aNewTableThatNobodyListsFailsTheCheck() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS privacy_probe_newsletter (member_id BIGINT, email VARCHAR(320))");
        try {
            assertThat(unaccounted()).contains("privacy_probe_newsletter");
        } finally {
            jdbc.execute("DROP TABLE IF EXISTS privacy_probe_newsletter");
        }
        assertThat(unaccounted()).doesNotContain("privacy_probe_newsletter");
    }

    private Set<String> unaccounted() {
        Set<String> left = tables();
        privacy.coveredTables().forEach(left::remove);
        NO_PERSONAL_DATA.keySet().forEach(left::remove);
        return left;
    }

    private Set<String> tables() {
        List<String> names = jdbc.queryForList("""
                SELECT DISTINCT LOWER(table_name) FROM information_schema.columns
                WHERE table_schema = DATABASE()""", String.class);
        return new TreeSet<>(names);
    }
}
