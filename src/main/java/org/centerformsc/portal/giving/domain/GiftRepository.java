package org.centerformsc.portal.giving.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface GiftRepository extends JpaRepository<Gift, Long> {

    List<Gift> findByMemberIdOrderByGivenAtDesc(long memberId);

    boolean existsByProviderRef(String providerRef);
}
