package org.centerformsc.portal.dashboard.ui;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dashboard's picture of a member's courses: their enrollments joined with the offerings' schedules. */
final class MemberTimeline {

    private final List<MyEnrollment> enrollments;
    private final Map<OfferingId, OfferingDetails> offerings;

    MemberTimeline(List<MyEnrollment> enrollments, CatalogService catalog) {
        this.enrollments = enrollments;
        this.offerings = catalog.offerings(enrollments.stream().map(MyEnrollment::offeringId).toList()).stream()
                .collect(Collectors.toMap(details -> details.card().id(), Function.identity()));
    }

    List<MyEnrollment> enrollments() {
        return enrollments;
    }

    OfferingDetails offering(OfferingId id) {
        return offerings.get(id);
    }

    /** Sessions not yet over, of offerings the member holds a seat in, soonest first. */
    List<UpcomingSession> upcoming(Instant now, int max) {
        List<UpcomingSession> upcoming = new ArrayList<>();
        for (MyEnrollment enrollment : enrollments) {
            OfferingDetails details = offerings.get(enrollment.offeringId());
            if (enrollment.status() != EnrollmentStatus.ENROLLED || details == null) {
                continue;
            }
            List<SessionTime> sessions = details.sessions();
            for (int i = 0; i < sessions.size(); i++) {
                if (sessions.get(i).endsAt().isAfter(now)) {
                    upcoming.add(new UpcomingSession(details.card(), sessions.get(i), i + 1));
                }
            }
        }
        return upcoming.stream().sorted(Comparator.comparing(s -> s.session().startsAt())).limit(max).toList();
    }

    /** How many of an offering's sessions have already ended. */
    long sessionsHeld(OfferingId id, Instant now) {
        OfferingDetails details = offerings.get(id);
        return details == null ? 0 : details.sessions().stream().filter(s -> !s.endsAt().isAfter(now)).count();
    }
}
