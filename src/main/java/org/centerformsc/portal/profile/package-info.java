/**
 * The member's profile page: their record, time zone, calendar feed and e-mail choices, and their data (download
 * it, delete the account). Owns no data.
 */
package org.centerformsc.portal.profile;
