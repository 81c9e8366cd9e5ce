package org.centerformsc.portal.notifications;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.PlaceGivenUp;
import org.centerformsc.portal.enrollment.PlacePromoted;
import org.centerformsc.portal.enrollment.PlaceTaken;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What members are told about their places, written in the transaction that changed the place: enrolled, in line
 * (and where), moved up from the line (and until when to pay), withdrawn. A seat held while the member pays is
 * no news: they are on the course page, paying.
 */
@Component
class EnrollmentNotifications {

    private final Outbox outbox;
    private final CatalogService catalog;

    EnrollmentNotifications(Outbox outbox, CatalogService catalog) {
        this.outbox = outbox;
        this.catalog = catalog;
    }

    @EventListener
    void on(PlaceTaken taken) {
        OfferingCard course = taken.course();
        String key = taken.offering().value() + "-" + taken.member().value() + "-" + taken.at().toEpochMilli();
        if (taken.status() == EnrollmentStatus.ENROLLED) {
            outbox.record(Notice.of(taken.member(), NotificationKind.ENROLLMENT_CONFIRMED,
                    List.of(course.title(), Notifications.instant(course.firstSessionStart())), link(course),
                    "enrolled-" + key).about(about(taken.offering())));
        } else if (taken.status() == EnrollmentStatus.WAITLISTED) {
            outbox.record(Notice.of(taken.member(), NotificationKind.WAITLISTED,
                    List.of(course.title(), String.valueOf(taken.waitlistPosition())), link(course),
                    "waitlisted-" + key));
        }
    }

    @EventListener
    void on(PlacePromoted promoted) {
        course(promoted.offering()).ifPresent(course -> {
            String key = "promoted-" + promoted.offering().value() + "-" + promoted.member().value() + "-"
                    + promoted.at().toEpochMilli();
            Notice notice = promoted.payUntil() == null
                    ? Notice.of(promoted.member(), NotificationKind.PROMOTED, List.of(course.title()), link(course),
                    key).about(about(promoted.offering()))
                    : Notice.of(promoted.member(), NotificationKind.PROMOTED,
                    List.of(course.title(), Notifications.instant(promoted.payUntil())), link(course), key)
                    .variant("pay");
            outbox.record(notice);
        });
    }

    @EventListener
    void on(PlaceGivenUp givenUp) {
        course(givenUp.offering()).ifPresent(course -> outbox.record(Notice.of(givenUp.member(),
                NotificationKind.WITHDRAWN, List.of(course.title()), link(course), "withdrawn-"
                        + givenUp.offering().value() + "-" + givenUp.member().value() + "-"
                        + givenUp.at().toEpochMilli())));
    }

    private Optional<OfferingCard> course(OfferingId offering) {
        return catalog.offering(offering).map(OfferingDetails::card);
    }

    private static String about(OfferingId offering) {
        return OfferingCalendarAttachment.PREFIX + offering.value();
    }

    private static String link(OfferingCard course) {
        return "courses/" + course.code();
    }
}
