package org.centerformsc.portal.catalog.domain;

public enum OfferingStatus {
    DRAFT, PUBLISHED, CANCELLED
}
