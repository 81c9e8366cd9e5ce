/**
 * Notifications (docs/decisions/020): what happened and what comes next, written to an outbox in the transaction of
 * the change that causes it, shown in the portal and delivered by e-mail at most once by one sender across nodes.
 */
package org.centerformsc.portal.notifications;
