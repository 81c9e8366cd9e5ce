package org.centerformsc.portal.eligibility;

/** Only VERIFIED completions count for prerequisites. */
public enum CompletionStatus {
    VERIFIED, PENDING, REJECTED, REVOKED
}
