package org.centerformsc.portal.records;

import org.centerformsc.portal.member.MemberProfile;

import java.util.Set;

/** A member in staff's search: their record and the roles of their last sign-in (none before one). */
public record MemberRow(MemberProfile profile, Set<String> roles) {
}
