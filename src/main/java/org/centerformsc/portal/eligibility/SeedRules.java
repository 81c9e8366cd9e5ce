package org.centerformsc.portal.eligibility;

import java.util.Map;

/**
 * The prerequisites of CMSC's programs as the newsletter states them, plus the assumed ones of the product brief
 * (marked). Staff change them in the Staff area; these only fill an empty rule table.
 */
public final class SeedRules {

    private static final Rule FULL_MSC = Rule.anyOf(Rule.completed("MSC"), Rule.completed("LOMSC"),
            Rule.completed("MSC-INTENSIVE"));

    public static final Map<String, Rule> BY_PROGRAM = Map.of(
            // newsletter: "completed a full MSC program (8-week MSC, LOMSC, or 5-Day Intensive) and maintain a daily MSC practice"
            "SC-SHAME", Rule.allOf(FULL_MSC, Rule.dailyPractice()),
            // newsletter: silent retreat "completed at least two months before taking your Teacher Training"; assumed: a full MSC program
            "TEACHER-TRAINING", Rule.allOf(Rule.completed("SILENT-RETREAT", 2), FULL_MSC),
            // assumed: a full MSC program before the silent retreat
            "SILENT-RETREAT", FULL_MSC,
            // newsletter: "Level 1 Training Applications Open"
            "SCIP-1", Rule.approvedApplication());

    private SeedRules() {
    }
}
