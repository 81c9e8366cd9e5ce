package org.centerformsc.portal.security;

/** Who a member is at their identity provider: the key of the portal's own member record. */
public record MemberIdentity(String issuer, String subject) {

    public MemberIdentity {
        if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("issuer and subject are required");
        }
    }
}
