/**
 * The member's rights over their data (docs/decisions/024): a copy of everything the portal holds about them, and
 * the deletion of their account, over every feature's {@link org.centerformsc.portal.member.PersonalData} holder;
 * the erasure audit for staff; the privacy notice and the accessibility statement.
 */
package org.centerformsc.portal.privacy;
