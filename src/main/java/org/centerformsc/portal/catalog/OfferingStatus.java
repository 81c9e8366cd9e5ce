package org.centerformsc.portal.catalog;

import java.util.Set;

/**
 * An offering's life: a draft (staff's, or a teacher's proposal being written), awaiting staff's approval,
 * published, completed after its last session, or cancelled with a reason. See docs/decisions/015.
 */
public enum OfferingStatus {
    DRAFT, AWAITING_APPROVAL, PUBLISHED, COMPLETED, CANCELLED;

    /** What members and visitors may open: an offering's page says when it was cancelled. */
    public static final Set<OfferingStatus> SHOWN_TO_MEMBERS = Set.of(PUBLISHED, COMPLETED, CANCELLED);

    /** What the catalog lists: a cancelled run is no course to choose. */
    public static final Set<OfferingStatus> LISTED = Set.of(PUBLISHED, COMPLETED);
}
