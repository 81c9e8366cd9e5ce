package org.centerformsc.portal.replay.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface WatchPositionRepository extends JpaRepository<WatchPosition, WatchPosition.Key> {

    List<WatchPosition> findByKeyMemberIdOrderByUpdatedAtDesc(long memberId);
}
