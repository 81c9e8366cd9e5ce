/** The member's profile page: their record, their time zone and their calendar feed. Owns no data. */
package org.centerformsc.portal.profile;
