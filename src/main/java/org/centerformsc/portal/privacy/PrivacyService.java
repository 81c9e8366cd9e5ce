package org.centerformsc.portal.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.centerformsc.portal.base.PortalLanguages;
import org.centerformsc.portal.base.Texts;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A member's copy of their data and the deletion of their account, over every feature's {@link PersonalData}
 * holder; only ever the signed-in member's own (docs/decisions/024).
 */
@Service
public class PrivacyService {

    private final List<PersonalData> holders;
    private final MemberService members;
    private final ObjectMapper json;
    private final Texts texts;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PrivacyService(List<PersonalData> holders, MemberService members, ObjectMapper json, Texts texts,
                   JdbcTemplate jdbc, Clock clock) {
        // the member row last: the other holders still read whose actions to anonymise from it
        this.holders = holders.stream().sorted(Comparator.comparing(holder -> holder.tables().contains("member")))
                .toList();
        this.members = members;
        this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        this.texts = texts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The signed-in member's data as a ZIP: {@code <holder>.json} for each holder and {@code summary.html}. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public PersonalDataDownload myData() {
        MemberProfile me = members.currentProfile().orElseThrow();
        Map<String, Map<String, List<Map<String, Object>>>> exported = new LinkedHashMap<>();
        for (PersonalData holder : holders) {
            exported.put(holder.name(), holder.export(me.id()));
        }
        Locale language = PortalLanguages.readerOf(me.locale());
        ZoneId zone = me.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(me.timeZone());
        Instant now = clock.instant();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var holder : exported.entrySet()) {
                add(zip, holder.getKey() + ".json", json.writeValueAsBytes(holder.getValue()));
            }
            add(zip, "summary.html", new DataSummary(texts, language, zone).html(me.displayName(), now, exported)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PersonalDataDownload("my-data-" + now.atZone(zone).toLocalDate() + ".zip", bytes.toByteArray());
    }

    /**
     * Deletes the signed-in member's account: every holder erases or anonymises what it keeps, in this one
     * transaction, and an audit row without personal data records it. The caller then logs the member out.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ErasureEntry eraseMyAccount() {
        MemberId me = members.currentMemberId();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PersonalData holder : holders) {
            holder.erase(me).forEach((table, rows) -> counts.merge(table, rows, Integer::sum));
        }
        Instant now = clock.instant();
        String names = holders.stream().map(PersonalData::name).collect(Collectors.joining(", "));
        String rowCounts = counts.entrySet().stream().map(count -> count.getKey() + ": " + count.getValue())
                .collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO erasure (member_id, erased_at, holders, row_counts) VALUES (?, ?, ?, ?)",
                me.value(), LocalDateTime.ofInstant(now, ZoneOffset.UTC), names, rowCounts);
        return new ErasureEntry(jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class), me.value(), now, names,
                rowCounts);
    }

    /** One page of the erasures, newest first, for staff. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<ErasureEntry> erasures(int offset, int limit) {
        return jdbc.query("""
                SELECT id, member_id, erased_at, holders, row_counts FROM erasure
                ORDER BY erased_at DESC, id DESC LIMIT ? OFFSET ?""", (row, n) -> new ErasureEntry(row.getLong(1),
                row.getLong(2), row.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC), row.getString(4),
                row.getString(5)), Math.max(1, limit), Math.max(0, offset));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public int countErasures() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM erasure", Integer.class);
    }

    /** Every table some holder covers, for the test that keeps new personal data from going unnoticed. */
    public List<String> coveredTables() {
        return holders.stream().flatMap(holder -> holder.tables().stream()).sorted().toList();
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
