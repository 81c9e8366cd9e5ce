package org.centerformsc.portal.catalog.domain;

import java.util.Set;

/**
 * An offering's life: a draft (staff's, or a teacher's proposal being written), awaiting staff's approval,
 * published, completed after its last session, or cancelled with a reason. See docs/decisions/015.
 */
public enum OfferingStatus {
    DRAFT, AWAITING_APPROVAL, PUBLISHED, COMPLETED, CANCELLED;

    /** What members and visitors may see in the catalog and on an offering's page. */
    public static final Set<OfferingStatus> SHOWN_TO_MEMBERS = Set.of(PUBLISHED, COMPLETED, CANCELLED);
}
