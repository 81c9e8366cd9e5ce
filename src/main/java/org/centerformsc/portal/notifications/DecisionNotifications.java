package org.centerformsc.portal.notifications;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.completion.ClaimDecided;
import org.centerformsc.portal.eligibility.ApplicationDecided;
import org.centerformsc.portal.teaching.DeadlineExtended;
import org.centerformsc.portal.teaching.EvidenceDecided;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What members are told when staff decide about them, in the transaction of the decision: a completion claim
 * verified or rejected, an application approved or declined, a teacher's evidence verified or rejected, a
 * deadline extended. A rejection or a decline carries its reason.
 */
@Component
class DecisionNotifications {

    /** The member's completions and what they open ("My path"). */
    static final String MY_PATH = "my-path";
    /** The teacher's pathway ("My training"). */
    static final String MY_TRAINING = "teaching/training";

    private final Outbox outbox;
    private final CatalogService catalog;

    DecisionNotifications(Outbox outbox, CatalogService catalog) {
        this.outbox = outbox;
        this.catalog = catalog;
    }

    @EventListener
    void on(ClaimDecided decided) {
        String program = catalog.programNames().getOrDefault(decided.programCode(), decided.programCode());
        outbox.record(Notice.of(decided.member(), NotificationKind.CLAIM_DECIDED,
                        decided.verified() ? List.of(program) : List.of(program, decided.reason()), MY_PATH,
                        "claim-" + decided.completion() + "-" + decided.status())
                .variant(decided.verified() ? "verified" : "rejected"));
    }

    @EventListener
    void on(ApplicationDecided decided) {
        OfferingCard course = catalog.offering(decided.offering()).map(OfferingDetails::card).orElseThrow();
        String key = "application-" + decided.offering().value() + "-" + decided.member().value() + "-"
                + decided.at().toEpochMilli();
        Notice notice = decided.approved()
                ? Notice.of(decided.member(), NotificationKind.APPLICATION_DECIDED, List.of(course.title()),
                "courses/" + course.code(), key).variant("approved")
                // declined: their path shows what else is open to them
                : Notice.of(decided.member(), NotificationKind.APPLICATION_DECIDED,
                List.of(course.title(), decided.reason()), MY_PATH, key).variant("declined");
        outbox.record(notice);
    }

    @EventListener
    void on(EvidenceDecided decided) {
        outbox.record(Notice.of(decided.teacher(), NotificationKind.EVIDENCE_DECIDED,
                        decided.verified() ? List.of(decided.title()) : List.of(decided.title(), decided.reason()),
                        MY_TRAINING, "evidence-" + decided.evidence() + "-" + decided.status())
                .variant(decided.verified() ? "verified" : "rejected"));
    }

    @EventListener
    void on(DeadlineExtended extended) {
        outbox.record(Notice.of(extended.teacher(), NotificationKind.DEADLINE_EXTENDED,
                List.of(Notifications.text("deadline.kind." + extended.deadline().name()),
                        Notifications.day(extended.extendedTo())), MY_TRAINING,
                "deadline-" + extended.teacher().value() + "-" + extended.deadline() + "-" + extended.originalDue()
                        + "-" + extended.grantedAt().toEpochMilli()));
    }
}
