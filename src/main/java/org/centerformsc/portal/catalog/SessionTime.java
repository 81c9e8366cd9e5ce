package org.centerformsc.portal.catalog;

import java.time.Instant;

public record SessionTime(Instant startsAt, Instant endsAt) {
}
