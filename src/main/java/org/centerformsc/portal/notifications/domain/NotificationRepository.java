package org.centerformsc.portal.notifications.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    long countByMemberIdAndReadAtIsNull(long memberId);

    List<Notification> findByMemberIdOrderByCreatedAtDescIdDesc(long memberId, Pageable page);

    long countByMemberId(long memberId);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.memberId = :memberId and n.readAt is null")
    int readAll(long memberId, Instant at);
}
