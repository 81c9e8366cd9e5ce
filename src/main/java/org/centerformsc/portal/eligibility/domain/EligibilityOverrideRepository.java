package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Set;

public interface EligibilityOverrideRepository extends JpaRepository<EligibilityOverride, EligibilityOverride.Key> {

    @Query("select o.key.programCode from EligibilityOverride o where o.key.memberId = :memberId")
    Set<String> findOverriddenPrograms(long memberId);
}
