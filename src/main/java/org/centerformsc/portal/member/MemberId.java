package org.centerformsc.portal.member;

/** The portal's own id of a member. */
public record MemberId(long value) {
}
