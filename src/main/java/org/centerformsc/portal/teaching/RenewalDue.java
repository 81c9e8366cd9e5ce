package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;

import java.time.LocalDate;

/** A certified teacher whose renewal (as their pathway computes it, extensions included) is due on a day. */
public record RenewalDue(MemberId teacher, LocalDate dueOn) {
}
