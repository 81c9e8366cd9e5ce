package org.centerformsc.portal.catalog.domain;

import org.centerformsc.portal.catalog.OfferingStatus;
import jakarta.persistence.criteria.Predicate;
import org.centerformsc.portal.catalog.OfferingFilter;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/** The catalog filter as one query; a null field of the filter adds no condition. */
public final class OfferingSpecifications {

    private OfferingSpecifications() {
    }

    public static Specification<Offering> matching(OfferingFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            conditions.add(root.get("status").in(OfferingStatus.LISTED));
            if (filter.programCode() != null) {
                conditions.add(cb.equal(root.get("program").get("code"), filter.programCode()));
            }
            if (filter.format() != null) {
                // a hybrid course is both: it shows up for online and for in-person searches
                conditions.add(root.get("format").in(filter.format(), OfferingFormat.HYBRID));
            }
            if (filter.language() != null) {
                conditions.add(cb.equal(root.get("language"), filter.language()));
            }
            if (filter.startsFrom() != null) {
                conditions.add(cb.greaterThanOrEqualTo(root.get("firstSessionAt"), filter.startsFrom()));
            }
            if (filter.startsBefore() != null) {
                conditions.add(cb.lessThan(root.get("firstSessionAt"), filter.startsBefore()));
            }
            if (filter.free() != null) {
                conditions.add(filter.free() ? cb.equal(root.get("regularPriceMinor"), 0L)
                        : cb.greaterThan(root.get("regularPriceMinor"), 0L));
            }
            if (filter.endsAfter() != null) {
                conditions.add(cb.greaterThan(root.get("lastSessionAt"), filter.endsAfter()));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
