package org.centerformsc.portal.notifications;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Notifications (with their e-mails in the outbox) and e-mail choices: deleted. */
@Component
class NotificationsPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;

    NotificationsPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public List<String> tables() {
        return List.of("notification", "notification_preference");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("notifications", PersonalDataRows.query(jdbc, """
                SELECT kind, variant, params, link, created_at, read_at, email_status, sent_at FROM notification
                WHERE member_id = ? ORDER BY created_at""", member.value()));
        sections.put("emailChoices", PersonalDataRows.query(jdbc,
                "SELECT kind, email FROM notification_preference WHERE member_id = ? ORDER BY kind", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("notification", jdbc.update("DELETE FROM notification WHERE member_id = ?", member.value()));
        counts.put("notification_preference", jdbc.update("DELETE FROM notification_preference WHERE member_id = ?",
                member.value()));
        return counts;
    }
}
