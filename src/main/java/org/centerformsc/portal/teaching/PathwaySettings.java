package org.centerformsc.portal.teaching;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/** The pathway's numbers (application.properties, portal.pathway.*); see docs/decisions/009. */
@ConfigurationProperties("portal.pathway")
public record PathwaySettings(List<String> mscPrograms, String retreatProgram, String teacherTrainingProgram,
                              int practiceDays, int coTeachingRequired, int consultationsRequired,
                              int certificationWithinYears, int renewalYears, int renewalCeHours,
                              int renewalConsultations, int dueSoonDays) {
}
