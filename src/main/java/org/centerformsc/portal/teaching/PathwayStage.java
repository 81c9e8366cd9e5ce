package org.centerformsc.portal.teaching;

/** The steps from participant to certified MSC teacher, in order. */
public enum PathwayStage {
    COMPLETE_MSC, PERSONAL_PRACTICE, SILENT_RETREAT, TEACHER_TRAINING, SUPERVISED_TEACHING, CERTIFIED
}
