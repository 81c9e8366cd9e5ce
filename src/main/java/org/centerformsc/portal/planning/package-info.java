/**
 * UI composition module (docs/decisions/004, 010): the offering form that staff and teachers plan offerings with,
 * and the queue of teachers' proposals. It owns no data: catalog keeps offerings, teaching knows who may teach,
 * places resolves the venue's city.
 */
package org.centerformsc.portal.planning;
