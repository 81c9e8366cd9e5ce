package org.centerformsc.portal.catalog;

/** A program as the catalog lists it. */
public record ProgramSummary(String code, String name, String summary, long offeringCount) {
}
