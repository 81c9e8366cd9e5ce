/** Shared UI pieces (layout, headers, error pages) that every feature's views may use. */
@org.springframework.modulith.NamedInterface("ui")
package org.centerformsc.portal.base.ui;
