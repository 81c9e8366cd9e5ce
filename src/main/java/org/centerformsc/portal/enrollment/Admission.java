package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What happens before a seat turn, for a member enrolling themselves and for staff enrolling them alike: the offering
 * read once, the member's places read once, a second place refused, every gate judging with those facts
 * (docs/decisions/011). Callers hold a transaction.
 */
@Component
class Admission {

    private final CatalogService catalog;
    private final Places places;
    private final List<EnrollmentGate> gates;

    Admission(CatalogService catalog, Places places, List<EnrollmentGate> gates) {
        this.catalog = catalog;
        this.places = places;
        this.gates = List.copyOf(gates);
    }

    OfferingCard card(OfferingId offeringId) {
        return catalog.offering(offeringId).map(OfferingDetails::card)
                .orElseThrow(() -> new EnrollmentRefused("enrollment.refused.unknown"));
    }

    /** The request every gate passed; {@code alreadyKey} is the refusal when the member already holds a place. */
    EnrollmentRequest judge(OfferingCard offering, MemberId member, String alreadyKey) {
        List<MyEnrollment> mine = places.of(member);
        if (mine.stream().anyMatch(place -> place.offeringId().equals(offering.id()))) {
            throw new EnrollmentRefused(alreadyKey);
        }
        EnrollmentRequest request = new EnrollmentRequest(offering, member, mine);
        gates.forEach(gate -> gate.check(request));
        return request;
    }
}
