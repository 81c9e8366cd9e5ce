package org.centerformsc.portal.teaching;

public enum EvidenceStatus {
    LOGGED, VERIFIED, REJECTED
}
