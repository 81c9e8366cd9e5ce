package org.centerformsc.portal.replay.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplayRepository extends JpaRepository<Replay, Long> {

    boolean existsByTitleAndOfferingId(String title, Long offeringId);
}
