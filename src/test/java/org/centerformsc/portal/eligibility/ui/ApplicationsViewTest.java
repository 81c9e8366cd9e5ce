package org.centerformsc.portal.eligibility.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.eligibility.EligibilityService;
import org.centerformsc.portal.eligibility.PendingApplication;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ApplicationsViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EligibilityService eligibility;

    @Test
    void staffApproveOneApplicationAndDeclineAnotherWithTheReasonTheMemberReads() {
        OfferingId offering = TestOffering.offering().create(catalog);
        OAuth2AuthenticationToken approved = TestLogins.signedUp(members, "Ann Approved");
        OAuth2AuthenticationToken declined = TestLogins.signedUp(members, "Dan Declined");
        MemberId approvedId = apply(approved, offering);
        MemberId declinedId = apply(declined, offering);
        signInAs("applications-staff", "Sage Staff", Roles.STAFF);
        UI.getCurrent().navigate(ApplicationsView.class);

        _click(action(approvedId, offering, "approve-"));
        _click(action(declinedId, offering, "decline-"));
        _click(_get(Button.class, spec -> spec.withId("confirm-decline")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("decline-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Give the member the reason for declining (up to 1,000 characters).");
        _setValue(reason, "The course needs MSC first.");
        _click(_get(Button.class, spec -> spec.withId("confirm-decline")));

        assertThat(TestLogins.as(approved, () -> eligibility.myApplicationStatus(offering))).contains("APPROVED");
        assertThat(TestLogins.as(declined, () -> eligibility.myApplicationStatus(offering))).contains("DECLINED");
        assertThat(rowOf(declinedId, offering)).isEqualTo(-1);
    }

    private MemberId apply(OAuth2AuthenticationToken member, OfferingId offering) {
        return TestLogins.as(member, () -> {
            eligibility.apply(offering);
            return members.currentMemberId();
        });
    }

    /** The grid holds every waiting application of the run; find this one's row and its button. */
    private Button action(MemberId member, OfferingId offering, String prefix) {
        var layout = (HorizontalLayout) _getCellComponent(grid(), rowOf(member, offering), "actions");
        return _get(layout, Button.class, spec -> spec.withId(prefix + member.value() + "-" + offering.value()));
    }

    private int rowOf(MemberId member, OfferingId offering) {
        Grid<PendingApplication> grid = grid();
        for (int row = 0; row < _size(grid); row++) {
            PendingApplication application = GridKt._get(grid, row);
            if (application.member().equals(member) && application.offering().equals(offering)) {
                return row;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static Grid<PendingApplication> grid() {
        return _get(Grid.class, spec -> spec.withId("applications"));
    }
}
