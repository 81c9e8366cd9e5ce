package org.centerformsc.portal.giving;

import java.time.LocalDate;

/** A campaign as members and staff see it; {@code goal} and {@code endsOn} may be null (none set). */
public record CampaignSummary(String code, String name, String description, String currency, Money goal,
                              LocalDate startsOn, LocalDate endsOn, boolean active) {
}
