package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface ApplicationRepository extends JpaRepository<Application, Application.Key> {

    List<Application> findByStatusOrderByAppliedAtAsc(String status);

    /** The application, its row locked: two staff deciding at once decide one after the other. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Application a where a.key = :key")
    java.util.Optional<Application> findForDecision(Application.Key key);
}
