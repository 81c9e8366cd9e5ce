package org.centerformsc.portal.records;

/** What staff did on a member's behalf from the member's page. */
public enum StaffActionKind {
    ENROLLED, COMPLETION_RECORDED, RECEIPT_RESENT
}
