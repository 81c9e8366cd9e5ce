package org.centerformsc.portal.eligibility.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EligibilityOverrideRepository extends JpaRepository<EligibilityOverride, EligibilityOverride.Key> {
}
