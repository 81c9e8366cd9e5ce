package org.centerformsc.portal.eligibility;

public enum CompletionSource {
    TEACHER, STAFF, CLAIM
}
