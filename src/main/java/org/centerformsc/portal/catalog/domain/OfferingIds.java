package org.centerformsc.portal.catalog.domain;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import java.util.List;

/** One page of offering ids in the database's order: the catalog then loads just those offerings, whole. */
public interface OfferingIds {

    List<Long> findIds(Specification<Offering> matching, Sort order, int offset, int limit);
}
