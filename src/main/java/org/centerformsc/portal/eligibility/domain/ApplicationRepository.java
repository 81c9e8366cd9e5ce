package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Set;

public interface ApplicationRepository extends JpaRepository<Application, Application.Key> {

    List<Application> findByStatusOrderByAppliedAtAsc(String status);

    /** The application, its row locked: two staff deciding at once decide one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.key = :key")
    java.util.Optional<Application> findForDecision(Application.Key key);

    @Query("select a.key.offeringId from Application a where a.key.memberId = :memberId and a.status = 'APPROVED'")
    Set<Long> findApprovedOfferings(long memberId);
}
