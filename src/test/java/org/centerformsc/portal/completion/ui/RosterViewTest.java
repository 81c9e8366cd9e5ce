package org.centerformsc.portal.completion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.CompletionStatus;
import org.centerformsc.portal.completion.Roster;
import org.centerformsc.portal.completion.RosterService;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static org.assertj.core.api.Assertions.assertThat;

class RosterViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CompletionService completions;

    @Autowired
    RosterService rosters;

    @Test
    void theTeacherMarksAttendanceAndCompletion() {
        TestOffering offering = TestOffering.offering().weeklySessions(2);
        OfferingId id = offering.create(catalog);
        var participant = TestLogins.signedUp(members, "Rosa Roster");
        TestLogins.as(participant, () -> enrollment.enroll(id));
        MemberId participantId = TestLogins.as(participant, members::currentMemberId);
        signInAs("roster-teacher", "Theo Teacher", Roles.TEACHER);
        MemberId me = members.currentMemberId();
        TestLogins.asStaff(() -> {
            catalog.assignInstructor(id, me);
            return null;
        });
        UI.getCurrent().navigate(RosterView.class, new RouteParameters("code", offering.code()));

        @SuppressWarnings("unchecked")
        Grid<Roster.Row> grid = _get(Grid.class, spec -> spec.withId("roster"));
        _setValue((Checkbox) _getCellComponent(grid, 0, "session-0"), true);
        _setValue((Checkbox) _getCellComponent(grid, 0, "completed"), true);

        Roster roster = rosters.roster(id);
        assertThat(roster.rows()).singleElement().satisfies(row -> {
            assertThat(row.present()).containsExactly(true, null);
            assertThat(row.completed()).isTrue();
        });
        assertThat(TestLogins.as(participant, completions::myCompletions)).singleElement()
                .satisfies(line -> assertThat(line.status()).isEqualTo(CompletionStatus.VERIFIED));
    }

    @Test
    void aTeacherOfAnotherOfferingIsRefused() {
        TestOffering offering = TestOffering.offering();
        offering.create(catalog);
        signInAs("roster-stranger", "Stan Stranger", Roles.TEACHER);
        UI.getCurrent().navigate(RosterView.class, new RouteParameters("code", offering.code()));

        assertThat(_find(RosterView.class)).isEmpty();
        _get(VerticalLayout.class, spec -> spec.withId("access-denied-view"));
    }

    @Test
    void aParticipantCannotOpenARoster() {
        TestOffering offering = TestOffering.offering();
        offering.create(catalog);
        signInAs("roster-participant", "Pip Participant");
        UI.getCurrent().navigate(RosterView.class, new RouteParameters("code", offering.code()));

        assertThat(_find(RosterView.class)).isEmpty();
    }
}
