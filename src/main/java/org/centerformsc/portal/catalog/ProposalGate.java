package org.centerformsc.portal.catalog;

import org.centerformsc.portal.member.MemberId;

/**
 * Whether a teacher may offer a program (teaching implements it from their training level and the per-program rule
 * in configuration). Throws {@link OfferingRefused} to refuse.
 */
public interface ProposalGate {

    void checkQualified(MemberId teacher, String programCode);
}
