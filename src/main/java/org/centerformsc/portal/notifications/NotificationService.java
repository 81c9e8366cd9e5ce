package org.centerformsc.portal.notifications;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.centerformsc.portal.base.UnreadNotifications;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.notifications.domain.Notification;
import org.centerformsc.portal.notifications.domain.NotificationRepository;
import org.centerformsc.portal.security.CurrentMember;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The signed-in member's notifications (the bell, the page) and their e-mail choices; the unsubscribe link's
 * change for members who are not signed in (docs/decisions/020).
 */
@Service
public class NotificationService implements UnreadNotifications {

    private final NotificationRepository notifications;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final JdbcTemplate jdbc;
    private final Unsubscribes unsubscribes;
    private final ObjectMapper json;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, MemberService members, CurrentMember currentMember,
                        JdbcTemplate jdbc, Unsubscribes unsubscribes, ObjectMapper json, Clock clock) {
        this.notifications = notifications;
        this.members = members;
        this.currentMember = currentMember;
        this.jdbc = jdbc;
        this.unsubscribes = unsubscribes;
        this.json = json;
        this.clock = clock;
    }

    /** One statement; 0 for visitors. */
    @Override
    @Transactional(readOnly = true)
    public long unread() {
        return currentMember.isSignedIn()
                ? notifications.countByMemberIdAndReadAtIsNull(members.currentMemberId().value()) : 0;
    }

    /** One page of the member's notifications, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<NotificationLine> mine(int offset, int limit) {
        int size = Math.max(1, limit);
        return notifications.findByMemberIdOrderByCreatedAtDescIdDesc(members.currentMemberId().value(),
                PageRequest.of(offset / size, size)).stream().map(this::line).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public long countMine() {
        return notifications.countByMemberId(members.currentMemberId().value());
    }

    /** Marks one of the member's own notifications read; someone else's is left alone. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        long me = members.currentMemberId().value();
        notifications.findById(id).filter(n -> n.getMemberId() == me).ifPresent(n -> n.read(clock.instant()));
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        notifications.readAll(members.currentMemberId().value(), clock.instant());
    }

    /** Whether each kind comes by e-mail; the required ones always do. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Map<NotificationKind, Boolean> myEmailChoices() {
        Map<NotificationKind, Boolean> choices = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            choices.put(kind, true);
        }
        jdbc.query("SELECT kind, email FROM notification_preference WHERE member_id = ?", row -> {
            NotificationKind kind = NotificationKind.valueOf(row.getString("kind"));
            choices.put(kind, kind.required() || row.getBoolean("email"));
        }, members.currentMemberId().value());
        return choices;
    }

    /** E-mail on or off for a kind; a required kind stays on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void chooseEmail(NotificationKind kind, boolean email) {
        choose(members.currentMemberId(), kind, email);
    }

    /** The one-click unsubscribe link's change: false when the link is forged, altered or names a required kind. */
    @Transactional
    public boolean unsubscribe(long member, String kind, String signature) {
        return unsubscribes.verify(member, kind, signature).filter(id -> !NotificationKind.valueOf(kind).required())
                .map(id -> {
                    choose(id, NotificationKind.valueOf(kind), false);
                    return true;
                }).orElse(false);
    }

    private void choose(MemberId member, NotificationKind kind, boolean email) {
        if (kind.required() && !email) {
            return;
        }
        jdbc.update("INSERT INTO notification_preference (member_id, kind, email) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE email = VALUES(email)", member.value(), kind.name(), email);
    }

    private NotificationLine line(Notification notification) {
        try {
            return new NotificationLine(notification.getId(), notification.getKind(), notification.getVariant(),
                    json.readValue(notification.getParams(), new TypeReference<List<String>>() { }),
                    notification.getLink(), notification.getCreatedAt(), notification.getReadAt() != null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable notification " + notification.getId(), e);
        }
    }
}
