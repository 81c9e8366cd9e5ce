package org.centerformsc.portal.notifications;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.fees.CourseFeeRefunded;
import org.centerformsc.portal.fees.CourseFeeSettled;
import org.centerformsc.portal.fees.ScholarshipDecided;
import org.centerformsc.portal.fees.ScholarshipGrant;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * What members are told about their course fees, written in the transaction of the change: a payment received (the
 * seat's own confirmation comes from enrollment), given back because no seat was left or because the course was
 * cancelled, each with the receipt as it stands when sent; and staff's decision on a scholarship request.
 */
@Component
class CourseFeeNotifications {

    private final Outbox outbox;
    private final CatalogService catalog;

    CourseFeeNotifications(Outbox outbox, CatalogService catalog) {
        this.outbox = outbox;
        this.catalog = catalog;
    }

    @EventListener
    void on(CourseFeeSettled settled) {
        payment(settled.paymentId(), settled.member(), settled.offering(), settled.amount(),
                settled.seated() ? "paid" : "refunded");
    }

    @EventListener
    void on(CourseFeeRefunded refunded) {
        payment(refunded.paymentId(), refunded.member(), refunded.offering(), refunded.amount(), "cancelled");
    }

    @EventListener
    void on(ScholarshipDecided decided) {
        course(decided.offering()).ifPresent(course -> outbox.record(Notice.of(decided.member(),
                NotificationKind.SCHOLARSHIP_DECIDED, List.of(course.title(),
                        decided.granted() ? granted(decided.grant()) : decided.declineReason()), link(course),
                "scholarship-" + decided.requestId()).variant(decided.granted() ? "granted" : "declined")));
    }

    private void payment(long paymentId, MemberId member, OfferingId offering, Money amount, String variant) {
        course(offering).ifPresent(course -> outbox.record(Notice.of(member, NotificationKind.COURSE_PAYMENT,
                List.of(course.title(), GivingNotifications.money(amount)), link(course),
                "course-payment-" + variant + "-" + paymentId).variant(variant)
                .about(CourseReceiptAttachment.PREFIX + paymentId)));
    }

    /**
     * What the scholarship covers, as a phrase of its own with its figure: "50 % of the course fee" (the phrase
     * formats the number in the reader's language) or "$100.00 off the course fee".
     */
    private static String granted(ScholarshipGrant grant) {
        return grant.percent() != null ? Notifications.text("scholarship.mail.percent", grant.percent().toString())
                : Notifications.text("scholarship.mail.amount", Notifications.money(grant.amountMinor(),
                grant.currency()));
    }

    /** The course a payment or request names, whatever its state now: a receipt is not lost to a change of it. */
    private Optional<OfferingCard> course(OfferingId offering) {
        return catalog.offerings(List.of(offering)).stream().findFirst().map(OfferingDetails::card);
    }

    private static String link(OfferingCard course) {
        return "courses/" + course.code();
    }
}
