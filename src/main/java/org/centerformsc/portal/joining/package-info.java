/**
 * Joining the portal: the public start page, and the welcome a new member is asked once after their first sign-in
 * (docs/decisions/021-joining-and-first-sign-in.md).
 */
package org.centerformsc.portal.joining;
