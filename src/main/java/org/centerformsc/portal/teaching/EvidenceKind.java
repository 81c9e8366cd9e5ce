package org.centerformsc.portal.teaching;

/** What a teacher logs on the pathway for staff to verify. */
public enum EvidenceKind {
    CONSULTATION, CONTINUING_EDUCATION
}
