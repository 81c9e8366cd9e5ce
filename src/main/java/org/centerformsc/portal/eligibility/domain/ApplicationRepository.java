package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface ApplicationRepository extends JpaRepository<Application, Application.Key> {

    List<Application> findByStatusOrderByAppliedAtAsc(String status);
}
