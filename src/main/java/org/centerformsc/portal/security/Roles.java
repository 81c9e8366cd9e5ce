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

    /** Spring Security's authority names carry this prefix; {@code @RolesAllowed} and {@code hasRole} add it. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }
}
