package org.centerformsc.portal.security;

/**
 * Whether a member who just signed in has yet to see the welcome a new member is asked once. Kept by the member
 * feature; security knows members only through this port.
 */
public interface WelcomePending {

    boolean isPending(MemberIdentity identity);
}
