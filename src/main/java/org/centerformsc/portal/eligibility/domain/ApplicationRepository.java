package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Set;

public interface ApplicationRepository extends JpaRepository<Application, Application.Key> {

    List<Application> findByStatusOrderByAppliedAtAsc(String status);

    @Query("select a.key.offeringId from Application a where a.key.memberId = :memberId and a.status = 'APPROVED'")
    Set<Long> findApprovedOfferings(long memberId);
}
