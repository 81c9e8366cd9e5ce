package org.centerformsc.portal.eligibility;

public record ProgramRule(String programCode, String programName, String ruleJson) {
}
