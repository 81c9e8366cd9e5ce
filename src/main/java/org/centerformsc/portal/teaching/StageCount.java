package org.centerformsc.portal.teaching;

/**
 * The teachers at one pathway stage: how many, how many have their next deadline in the report's period, and how
 * many are past it today.
 */
public record StageCount(PathwayStage stage, long teachers, long dueInPeriod, long overdue) {
}
