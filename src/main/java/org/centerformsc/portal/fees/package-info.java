/**
 * Course fees (docs/decisions/016): the checkout for a seat held while its member pays, through the payment port
 * that gifts use; what was paid, why that price, and what went back; receipts for course payments, which are no
 * donation receipts.
 */
package org.centerformsc.portal.fees;
