package org.centerformsc.portal.completion;

public enum CompletionSource {
    TEACHER, STAFF, CLAIM
}
