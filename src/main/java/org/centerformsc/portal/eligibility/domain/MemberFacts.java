package org.centerformsc.portal.eligibility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the engine knows of a member: verified completions and the end dates of programs they are enrolled in
 * (by program code), the days with practice logged in each window the rules ask about (window length in days →
 * days practised), approved application and staff override for the offering.
 */
public record MemberFacts(Map<String, List<LocalDate>> completed, Map<String, List<LocalDate>> planned,
                          Map<Integer, Integer> practiceDays, boolean applicationApproved, boolean overridden) {

    public static MemberFacts none() {
        return new MemberFacts(Map.of(), Map.of(), Map.of(), false, false);
    }

    /** Days with practice logged in the last {@code windowDays} days (none when it was not read). */
    public int practiceDaysIn(int windowDays) {
        return practiceDays.getOrDefault(windowDays, 0);
    }
}
