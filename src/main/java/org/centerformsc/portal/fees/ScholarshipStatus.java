package org.centerformsc.portal.fees;

/** Where a member's scholarship request stands. */
public enum ScholarshipStatus {
    REQUESTED, GRANTED, DECLINED
}
