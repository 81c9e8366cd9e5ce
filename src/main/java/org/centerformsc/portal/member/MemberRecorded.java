package org.centerformsc.portal.member;

import java.util.Set;

/**
 * Published after a sign-in updated the member record, with the roles the identity provider vouched for and the
 * e-mail address it says it verified ({@code verifiedEmail} null when it did not say so).
 */
public record MemberRecorded(MemberId member, Set<String> roles, String verifiedEmail) {

    public MemberRecorded(MemberId member, Set<String> roles) {
        this(member, roles, null);
    }
}
