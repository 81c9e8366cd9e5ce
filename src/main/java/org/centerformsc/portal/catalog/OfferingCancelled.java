package org.centerformsc.portal.catalog;

/** Staff cancelled an offering; its enrolled and waitlisted members lose their places and are told why. */
public record OfferingCancelled(OfferingId offering, String title, String reason) {
}
