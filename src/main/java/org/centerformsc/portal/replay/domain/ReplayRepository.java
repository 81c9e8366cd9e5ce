package org.centerformsc.portal.replay.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ReplayRepository extends JpaRepository<Replay, Long> {

    List<Replay> findByPublishedTrueOrderByRecordedAtDesc();

    boolean existsByTitleAndOfferingId(String title, Long offeringId);
}
