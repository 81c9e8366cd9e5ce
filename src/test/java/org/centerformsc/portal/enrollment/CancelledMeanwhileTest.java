package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.OfferingPlanningService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A request that read the offering before staff cancelled it, and gets its seat turn only after the cancellation
 * committed, takes no place (docs/decisions/005).
 */
@IntegrationTest
class CancelledMeanwhileTest {

    @Autowired
    SeatTurns turns;

    @Autowired
    CatalogService catalog;

    @Autowired
    OfferingPlanningService planning;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    MemberService members;

    @Test
    void aSeatTurnAfterTheCancellationRefusesTheCardReadBeforeIt() {
        OfferingId id = TestOffering.offering().capacity(5).create(catalog);
        OfferingCard readBefore = catalog.offering(id).orElseThrow().card();
        var late = TestLogins.signedUp(members, "Lena Late");
        MemberId member = TestLogins.as(late, members::currentMemberId);

        TestLogins.asStaff(() -> {
            planning.cancel(id, "The venue closed.");
            return null;
        });

        assertThatThrownBy(() -> turns.take(readBefore, member)).isInstanceOfSatisfying(EnrollmentRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("enrollment.refused.closed"));
        assertThat(TestLogins.as(late, () -> enrollment.myEnrollment(id))).isEmpty();
    }
}
