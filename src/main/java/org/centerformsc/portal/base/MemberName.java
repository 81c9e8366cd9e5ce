package org.centerformsc.portal.base;

import java.util.Optional;

/**
 * The name the signed-in member is shown by: the one they chose, else their identity provider's. Kept by the member
 * feature; empty for visitors.
 */
public interface MemberName {

    Optional<String> shown();
}
