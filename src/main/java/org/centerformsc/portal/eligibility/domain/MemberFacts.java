package org.centerformsc.portal.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine knows of a member: verified completions and the end dates of programs they are enrolled in
 * (by program code), practice days in the window, approved application and staff override for the offering.
 */
public record MemberFacts(Map<String, List<LocalDate>> completed, Map<String, List<LocalDate>> planned,
                          int practiceDays, boolean applicationApproved, boolean overridden) {

    public static MemberFacts none() {
        return new MemberFacts(Map.of(), Map.of(), 0, false, false);
    }
}
