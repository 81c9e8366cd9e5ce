package org.centerformsc.portal.member;

import org.centerformsc.portal.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The roles the identity provider vouched for at each member's last sign-in. Roles live at the provider and are
 * only known at sign-in; they are kept here so staff can see them (docs/decisions/022). Never used to grant access:
 * access always comes from the claims of the session.
 */
@Service
public class MemberRoles {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    MemberRoles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Replaces what is kept of a member's roles with those of this sign-in (the portal's own SYSTEM never). */
    @Transactional
    public void signedInWith(MemberId member, Collection<String> roles) {
        jdbc.update("DELETE FROM member_role WHERE member_id = ?", member.value());
        List<String> kept = roles.stream().map(role -> role.toUpperCase(Locale.ROOT))
                .filter(role -> !role.equals(Roles.SYSTEM)).distinct().toList();
        jdbc.batchUpdate("INSERT INTO member_role (member_id, role) VALUES (?, ?)", kept, kept.size(),
                (statement, role) -> {
                    statement.setLong(1, member.value());
                    statement.setString(2, role);
                });
    }

    /** The roles of each member (as of their last sign-in), in one statement; members never signed in have none. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public Map<MemberId, Set<String>> of(Collection<MemberId> members) {
        Map<MemberId, Set<String>> roles = new HashMap<>();
        if (members.isEmpty()) {
            return roles;
        }
        named.query("SELECT member_id, role FROM member_role WHERE member_id IN (:ids)",
                Map.of("ids", members.stream().map(MemberId::value).toList()),
                row -> {
                    roles.computeIfAbsent(new MemberId(row.getLong(1)), id -> new TreeSet<>()).add(row.getString(2));
                });
        return roles;
    }
}
