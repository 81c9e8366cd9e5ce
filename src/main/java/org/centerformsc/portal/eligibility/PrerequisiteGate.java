package org.centerformsc.portal.eligibility;

import org.centerformsc.portal.enrollment.EnrollmentGate;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * Refuses enrollment on the server when the member does not meet the program's rule (docs/decisions/006). It
 * judges with what enrollment hands it and calls nothing in enrollment (docs/decisions/011).
 */
@Service
class PrerequisiteGate implements EnrollmentGate {

    private final PrerequisiteService rules;
    private final FactsReader facts;

    PrerequisiteGate(PrerequisiteService rules, FactsReader facts) {
        this.rules = rules;
        this.facts = facts;
    }

    @Override
    @Transactional(readOnly = true)
    public void check(EnrollmentRequest request) {
        Optional<Rule> rule = rules.ruleOf(request.offering().programCode());
        if (rule.isPresent() && !facts.read(request.member(), List.of(rule.get()))
                .verdict(rule.get(), request.offering()).allowsEnrollment()) {
            throw new EnrollmentRefused("enrollment.refused.noteligible");
        }
    }
}
