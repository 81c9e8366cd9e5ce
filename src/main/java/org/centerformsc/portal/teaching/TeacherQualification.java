package org.centerformsc.portal.teaching;

import org.centerformsc.portal.catalog.OfferingRefused;
import org.centerformsc.portal.catalog.ProposalGate;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.teaching.domain.TeacherStanding;
import org.centerformsc.portal.teaching.domain.TeacherStandingRepository;
import org.springframework.stereotype.Component;

/**
 * A teacher may propose an offering of a program when their training level (derived from verified records, never
 * typed in) reaches the level configuration asks for that program: e.g. a trained or certified MSC teacher may
 * offer MSC.
 */
@Component
class TeacherQualification implements ProposalGate {

    private final TeacherStandingRepository standings;
    private final ProposalSettings settings;

    TeacherQualification(TeacherStandingRepository standings, ProposalSettings settings) {
        this.standings = standings;
        this.settings = settings;
    }

    @Override
    public void checkQualified(MemberId teacher, String programCode) {
        TrainingLevel needed = settings.mayOffer().get(programCode);
        if (needed == null) {
            throw new OfferingRefused("programCode", "offering.refused.staffonly");
        }
        TrainingLevel level = standings.findById(teacher.value()).map(TeacherStanding::getLevel)
                .orElse(TrainingLevel.IN_TRAINING);
        if (level.compareTo(needed) < 0) {
            throw new OfferingRefused("programCode", "offering.refused.notqualified");
        }
    }
}
