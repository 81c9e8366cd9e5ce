package org.centerformsc.portal.notifications;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.enrollment.OfferingNews;
import org.centerformsc.portal.member.MemberId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Members who held a place are told that staff cancelled the course (with the reason; always sent) or moved its
 * sessions (the new ones in the member's zone, with the new calendar file), in the transaction of the change.
 */
@Component
class OfferingNewsNotifications {

    private final Outbox outbox;
    private final CatalogService catalog;

    OfferingNewsNotifications(Outbox outbox, CatalogService catalog) {
        this.outbox = outbox;
        this.catalog = catalog;
    }

    @EventListener
    void on(OfferingNews news) {
        String link = catalog.offering(news.offering()).map(OfferingDetails::card)
                .map(course -> "courses/" + course.code()).orElse("catalog");
        String stamp = news.offering().value() + "-" + news.at().toEpochMilli();
        for (MemberId member : news.members()) {
            String key = stamp + "-" + member.value();
            if (news.kind() == OfferingNews.Kind.CANCELLED) {
                outbox.record(Notice.of(member, NotificationKind.OFFERING_CANCELLED,
                        List.of(news.title(), news.reason()), "catalog", "cancelled-" + key));
            } else {
                List<Instant[]> sessions = news.sessions().stream()
                        .map(session -> new Instant[] {session.startsAt(), session.endsAt()}).toList();
                outbox.record(Notice.of(member, NotificationKind.OFFERING_CHANGED,
                        List.of(news.title(), Notifications.sessions(sessions)), link, "changed-" + key)
                        .about(OfferingCalendarAttachment.PREFIX + news.offering().value()));
            }
        }
    }
}
