/** How a course payment reads wherever members see it (the course page, the dashboard), with its receipt. */
@org.springframework.modulith.NamedInterface("ui")
package org.centerformsc.portal.fees.ui;
