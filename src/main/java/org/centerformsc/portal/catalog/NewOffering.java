package org.centerformsc.portal.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Everything staff enter to schedule one run of a program. {@code capacity} null means no seat limit. */
public record NewOffering(String programCode, String code, String title, ZoneId zone, OfferingFormat format,
                          String venue, String language, Integer capacity, Price price, Instant registrationOpensAt,
                          Instant registrationClosesAt, List<String> teachers, List<SessionTime> sessions,
                          String joinUrl) {
}
