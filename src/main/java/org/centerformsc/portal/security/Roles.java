package org.centerformsc.portal.security;

/**
 * The portal's roles. They come from the identity provider's {@code roles} claim (see docs/decisions/003-roles-and-members.md);
 * everyone who signs in is a participant. Used by views ({@code @RolesAllowed}) and services ({@code @PreAuthorize}).
 */
public final class Roles {

    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String TEACHER = "TEACHER";
    public static final String DONOR = "DONOR";
    public static final String STAFF = "STAFF";

    /**
     * The portal itself, for scheduled, webhook and listener work (SystemAuthentication); never a member's role,
     * whatever the identity provider's claim says.
     */
    public static final String SYSTEM = "SYSTEM";

    /** For {@code @PreAuthorize}: the portal's own jobs only. */
    public static final String ONLY_SYSTEM = "hasRole('" + SYSTEM + "')";

    /** For {@code @PreAuthorize}: staff, or the portal's own jobs. */
    public static final String STAFF_OR_SYSTEM = "hasAnyRole('" + STAFF + "', '" + SYSTEM + "')";

    /** Spring Security's authority names carry this prefix; {@code @RolesAllowed} and {@code hasRole} add it. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }
}
