/**
 * Staff reports: figures from catalog, enrollment, fees, giving, completion and teaching, each computed by its
 * own feature's service, shown as charts with tables and CSV downloads. A UI composition; it owns no data
 * (docs/decisions/023).
 */
package org.centerformsc.portal.reports;
