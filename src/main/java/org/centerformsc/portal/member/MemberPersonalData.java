package org.centerformsc.portal.member;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The member row itself. Erased last (the other holders still find the member's subject in it), it stays as the
 * anonymous placeholder that kept gifts and completions point to; its identity becomes "erased", so the same person
 * signing in again is a new member.
 */
@Component
class MemberPersonalData implements PersonalData {

    static final String ERASED_ISSUER = "erased";

    private final JdbcTemplate jdbc;
    private final SignedInMembers signedIn;

    MemberPersonalData(JdbcTemplate jdbc, SignedInMembers signedIn) {
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public List<String> tables() {
        return List.of("member", "member_role");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        // every column, so that what later features add to the member row (choices, consents) is in the copy too
        sections.put("profile", PersonalDataRows.query(jdbc, "SELECT * FROM member WHERE id = ?", member.value()));
        sections.put("roles", PersonalDataRows.query(jdbc,
                "SELECT role FROM member_role WHERE member_id = ? ORDER BY role", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        int roles = jdbc.update("DELETE FROM member_role WHERE member_id = ?", member.value());
        int rows = jdbc.update("""
                UPDATE member SET issuer = ?, subject = CONCAT('erased-', id), display_name = ?, email = NULL,
                                  locale = NULL, language = NULL, time_zone = NULL, last_signed_in_at = NULL,
                                  name_chosen = FALSE, newsletter_consent_at = NULL,
                                  version = version + 1
                WHERE id = ?""", ERASED_ISSUER, PersonalDataRows.ERASED, member.value());
        signedIn.forgetAll();
        return Map.of("member", rows, "member_role", roles);
    }
}
