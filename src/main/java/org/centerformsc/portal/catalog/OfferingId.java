package org.centerformsc.portal.catalog;

/** The catalog's id of one offering (cohort). */
public record OfferingId(long value) {
}
