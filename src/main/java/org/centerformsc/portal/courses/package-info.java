/**
 * What members and visitors see of courses: the catalog, the offering page and enrolling. A composition of the
 * catalog, enrollment and member features; it owns no data.
 */
package org.centerformsc.portal.courses;
