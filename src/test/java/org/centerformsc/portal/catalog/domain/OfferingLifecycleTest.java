package org.centerformsc.portal.catalog.domain;

import org.centerformsc.portal.catalog.OfferingStatus;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.OfferingRefused;
import org.centerformsc.portal.catalog.Price;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Draft → (awaiting approval) → published → completed, or cancelled with a reason; nothing else. */
class OfferingLifecycleTest {

    private static final Instant START = Instant.parse("2027-03-02T17:00:00Z");
    private static final Instant END = Instant.parse("2027-03-02T19:00:00Z");

    @Test
    void aTeachersProposalIsSentBackWithANoteThenApproved() {
        Offering offering = draft();

        offering.submitForApproval();
        assertThat(offering.getStatus()).isEqualTo(OfferingStatus.AWAITING_APPROVAL);
        offering.sendBack("Please add the venue's address.");
        assertThat(offering.getStatus()).isEqualTo(OfferingStatus.DRAFT);
        assertThat(offering.getReviewNote()).isEqualTo("Please add the venue's address.");
        offering.submitForApproval();
        offering.publish();

        assertThat(offering.getStatus()).isEqualTo(OfferingStatus.PUBLISHED);
        assertThat(offering.getReviewNote()).isNull();
    }

    @Test
    void aCompletedRunIsNeitherCancelledNorPublishedAgain() {
        // runs are completed in bulk after their last session (OfferingRepository.completeEnded)
        Offering offering = withStatus(OfferingStatus.COMPLETED);

        refused(() -> offering.cancel("Too late", END), "offering.refused.notcancellable");
        refused(offering::publish, "offering.refused.notpublishable");
        refused(offering::submitForApproval, "offering.refused.notdraft");
    }

    @Test
    void cancellingNeedsAReasonAndHappensOnce() {
        Offering offering = draft();
        offering.publish();

        refused(() -> offering.cancel("  ", START), "offering.refused.reason");
        refused(() -> offering.cancel("x".repeat(1001), START), "offering.refused.reason");
        assertThat(offering.getStatus()).isEqualTo(OfferingStatus.PUBLISHED);
        offering.cancel(" Too few participants ", START);

        assertThat(offering.getStatus()).isEqualTo(OfferingStatus.CANCELLED);
        assertThat(offering.getCancelReason()).isEqualTo("Too few participants");
        assertThat(offering.isOpenForRegistrationAt(START.minusSeconds(3600))).isFalse();
        refused(() -> offering.cancel("Again", START), "offering.refused.notcancellable");
        refused(offering::publish, "offering.refused.notpublishable");
    }

    @Test
    void transitionsOutOfOrderAreRefused() {
        Offering offering = draft();

        refused(() -> offering.sendBack("note"), "offering.refused.notawaiting");
        offering.publish();
        refused(offering::submitForApproval, "offering.refused.notdraft");
    }

    @Test
    void onlyPublishedCompletedAndCancelledRunsAreShownToMembers() {
        assertThat(OfferingStatus.SHOWN_TO_MEMBERS).containsExactlyInAnyOrder(OfferingStatus.PUBLISHED,
                OfferingStatus.COMPLETED, OfferingStatus.CANCELLED);
    }

    private static Offering draft() {
        return withStatus(OfferingStatus.DRAFT);
    }

    private static Offering withStatus(OfferingStatus status) {
        return new Offering(status, new Program("LOMSC", "Live Online MSC", "Ten weeks"), "LOMSC-2027-03",
                "Live Online MSC, March 2027", ZoneId.of("America/Los_Angeles"), OfferingFormat.ONLINE, null, "en", 25,
                Price.of("USD", 55000), START.minusSeconds(86_400 * 30), START, List.of("Jordan Ellis"),
                List.of(new Session(START, END)), "https://meet.example.org/lomsc");
    }

    private static void refused(Runnable change, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(OfferingRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(key));
    }
}
