package org.centerformsc.portal.teaching.domain;

import org.centerformsc.portal.teaching.EvidenceStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface TrainingEvidenceRepository extends JpaRepository<TrainingEvidence, Long> {

    List<TrainingEvidence> findByMemberIdOrderByHappenedOnDescIdDesc(long memberId);

    List<TrainingEvidence> findByStatusOrderByCreatedAtAsc(EvidenceStatus status, Pageable page);
}
