package org.centerformsc.portal.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PrivacyServiceTest {

    @Autowired
    PrivacyService privacy;

    @Autowired
    MemberService members;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<PersonalData> holders;

    @Autowired
    ObjectMapper json;

    record Someone(String subject, String name, String email, OAuth2AuthenticationToken token, MemberId id) {
    }

    private Someone withDataEverywhere(String name, long offering) {
        String subject = "privacy-" + UUID.randomUUID();
        name = name + " " + subject.substring(8, 16);
        MemberProfile profile = members.recordSignIn(new MemberIdentity(TestLogins.ISSUER, subject), name,
                TestLogins.email(subject), "de-DE");
        DataEverywhere.give(jdbc, profile.id(), offering, name + " (" + subject + ")", name, profile.email());
        return new Someone(subject, name, profile.email(), TestLogins.token(subject, name), profile.id());
    }

    private long offering() {
        return TestOffering.offering().create(catalog).value();
    }

    @Test
    void theDownloadHoldsEveryHolderWithTheMembersOwnDataAndNoOneElses() throws IOException {
        Someone me = withDataEverywhere("Privacy Export Me", offering());
        Someone other = withDataEverywhere("Privacy Export Other", offering());

        Map<String, byte[]> files = unzip(TestLogins.as(me.token(), () -> privacy.myData()).content());

        assertThat(files.keySet()).containsAll(holders.stream().map(holder -> holder.name() + ".json").toList())
                .contains("summary.html");
        String everything = files.values().stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .reduce("", String::concat);
        assertThat(everything).contains(me.email()).doesNotContain(other.email()).doesNotContain(other.name())
                .doesNotContain(other.subject());
        // every section the holders export has the member's row
        for (PersonalData holder : holders) {
            JsonNode sections = json.readTree(files.get(holder.name() + ".json"));
            sections.fieldNames().forEachRemaining(section -> assertThat(sections.get(section).size())
                    .as(holder.name() + " " + section).isGreaterThan(0));
        }
        JsonNode gifts = json.readTree(files.get("gifts.json"));
        assertThat(gifts.get("gifts").get(0).get("amount_minor").asLong()).isEqualTo(2500);
        assertThat(gifts.get("gifts").get(0).get("given_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        String summary = new String(files.get("summary.html"), StandardCharsets.UTF_8);
        assertThat(summary).contains("lang=\"de\"").contains("Übungsprotokoll").contains(DataEverywhere.note(me.id()));
    }

    @Test
    void deletingTheAccountErasesOrAnonymisesEveryTableAndKeepsWhatTheOrganisationMustKeep() {
        Someone me = withDataEverywhere("Privacy Erase Me", offering());
        Someone other = withDataEverywhere("Privacy Erase Other", offering());
        long id = me.id().value();

        ErasureEntry erasure = TestLogins.as(me.token(), () -> privacy.eraseMyAccount());

        // nothing in any column of any table still names the member or holds their words
        for (String table : privacy.coveredTables()) {
            for (String text : List.of(me.name(), me.email(), me.subject(), DataEverywhere.note(me.id()),
                    DataEverywhere.customer(me.id()), DataEverywhere.certificate(me.id()))) {
                assertThat(rowsContaining(table, text)).as(table + " still holds " + text).isZero();
            }
        }
        assertThat(count("SELECT COUNT(*) FROM gift WHERE member_id = ? AND donor_email IS NULL", id))
                .as("the gift and the guest gift under the same e-mail, kept without name").isEqualTo(2);
        assertThat(count("SELECT SUM(amount_minor) FROM gift WHERE member_id = ?", id)).isEqualTo(3500);
        assertThat(jdbc.queryForObject("SELECT status FROM recurring_gift WHERE member_id = ?", String.class, id))
                .isEqualTo("CANCELLED");
        assertThat(count("SELECT COUNT(*) FROM course_payment WHERE member_id = ? AND amount_minor = 9500", id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM completion WHERE member_id = ? AND certificate IS NULL", id))
                .as("the completion stays for statistics, without the certificate").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM teacher_profile WHERE member_id = ?", id)).isZero();
        for (String gone : List.of("calendar_feed", "watch_position", "practice_entry", "practice_reminder",
                "notification", "notification_preference", "application", "eligibility_override",
                "training_evidence", "deadline_extension", "teacher_standing", "teacher_language",
                "offering_instructor", "member_role")) {
            assertThat(count("SELECT COUNT(*) FROM " + gone + " WHERE member_id = ?", id)).as(gone).isZero();
        }
        assertThat(jdbc.queryForObject("SELECT status FROM enrollment WHERE member_id = ?", String.class, id))
                .as("the seat in a run still to come is released").isEqualTo("WITHDRAWN");
        assertThat(erasure.memberId()).isEqualTo(id);
        assertThat(erasure.rowCounts()).contains("teacher_profile: 1").doesNotContain(me.name());
        assertThat(TestLogins.asStaff(() -> privacy.erasures(0, 50))).extracting(ErasureEntry::id)
                .contains(erasure.id());

        // the other member keeps everything
        assertThat(rowsContaining("teacher_profile", other.name())).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM practice_entry WHERE member_id = ?", other.id().value())).isEqualTo(1);

        // signing in again with the same identity is a new member
        MemberProfile again = members.recordSignIn(new MemberIdentity(TestLogins.ISSUER, me.subject()), me.name(),
                me.email(), "en-US");
        assertThat(again.id()).isNotEqualTo(me.id());
        assertThat(TestLogins.as(me.token(), () -> unzipQuietly(privacy.myData().content())).get("gifts.json"))
                .asString(StandardCharsets.UTF_8).doesNotContain("2500");
    }

    @Test
    void onlySignedInMembersHaveDataAndOnlyStaffSeeTheErasures() {
        assertThatThrownBy(() -> privacy.myData()).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> privacy.eraseMyAccount()).isInstanceOf(RuntimeException.class);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Privacy Curious");
        assertThatThrownBy(() -> TestLogins.as(member, () -> privacy.erasures(0, 10)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private long rowsContaining(String table, String text) {
        List<String> columns = jdbc.queryForList("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = ?
                  AND data_type IN ('varchar', 'char', 'text', 'mediumtext', 'longtext', 'tinytext')""",
                String.class, table);
        if (columns.isEmpty()) {
            return 0;
        }
        String where = String.join(" OR ", columns.stream().map(column -> "`" + column + "` LIKE ?").toList());
        Object[] patterns = columns.stream().map(column -> "%" + text + "%").toArray();
        return jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE " + where, Long.class, patterns);
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private static Map<String, byte[]> unzipQuietly(byte[] zip) {
        try {
            return unzip(zip);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
