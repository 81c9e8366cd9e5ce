/**
 * A member's whole record for staff (docs/decisions/022): finding members, their page composed from each feature's
 * services, and what staff do on their behalf from it, each action audited here. Owns only that audit.
 */
package org.centerformsc.portal.records;
