package org.centerformsc.portal.member;

import java.util.Set;

/** Published after a sign-in updated the member record, with the roles the identity provider vouched for. */
public record MemberRecorded(MemberId member, Set<String> roles) {
}
