package org.centerformsc.portal.teaching.domain;

import org.centerformsc.portal.teaching.Pathway.DeadlineKind;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

public interface DeadlineExtensionRepository extends JpaRepository<DeadlineExtension, Long> {

    List<DeadlineExtension> findByMemberId(long memberId);

    Optional<DeadlineExtension> findByMemberIdAndDeadlineAndOriginalDueOn(long memberId, DeadlineKind deadline,
                                                                          LocalDate originalDueOn);
}
