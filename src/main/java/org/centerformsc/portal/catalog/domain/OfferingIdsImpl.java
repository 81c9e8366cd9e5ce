package org.centerformsc.portal.catalog.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

import java.util.List;

/**
 * Ids only, so the page is one narrow indexed read and the offerings with their sessions and teachers one more
 * (paging a query that fetches collections would page in memory).
 */
class OfferingIdsImpl implements OfferingIds {

    private final EntityManager entityManager;

    OfferingIdsImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Long> findIds(Specification<Offering> matching, Sort order, int offset, int limit) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<Offering> offering = query.from(Offering.class);
        query.select(offering.get("id")).where(matching.toPredicate(offering, query, builder));
        query.orderBy(order.stream().map(by -> by.isAscending() ? builder.asc(offering.get(by.getProperty()))
                : builder.desc(offering.get(by.getProperty()))).toList());
        return entityManager.createQuery(query).setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
