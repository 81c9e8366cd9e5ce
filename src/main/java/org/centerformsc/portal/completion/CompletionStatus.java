package org.centerformsc.portal.completion;

/** Only VERIFIED completions count for prerequisites. */
public enum CompletionStatus {
    VERIFIED, PENDING, REJECTED, REVOKED
}
