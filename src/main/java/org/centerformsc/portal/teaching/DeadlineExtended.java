package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;

import java.time.Instant;
import java.time.LocalDate;

/** Published in the transaction where staff move one of a teacher's deadlines to a later day. */
public record DeadlineExtended(MemberId teacher, Pathway.DeadlineKind deadline, LocalDate originalDue,
                               LocalDate extendedTo, Instant grantedAt) {
}
