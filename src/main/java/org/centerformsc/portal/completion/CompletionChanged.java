package org.centerformsc.portal.completion;

import org.centerformsc.portal.member.MemberId;

/** Published in the transaction of every change to a member's completions (marked, claimed, verified, revoked). */
public record CompletionChanged(MemberId member) {
}
