package org.centerformsc.portal.records.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface StaffActionRepository extends JpaRepository<StaffAction, Long> {

    /** The newest actions on a member first (ix_staff_action_member). */
    List<StaffAction> findByMemberIdOrderByActedAtDescIdDesc(long memberId, Pageable page);
}
