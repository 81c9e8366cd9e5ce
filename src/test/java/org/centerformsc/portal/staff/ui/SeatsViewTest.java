package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.RosterService;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.SeatHolder;
import org.centerformsc.portal.enrollment.SeatService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class SeatsViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    SeatService seats;

    @Autowired
    RosterService rosters;

    @Autowired
    PrerequisiteService prerequisites;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffSeeTheRosterWithAttendanceAndTheWaitlistInOrder() {
        Course course = course(1);
        TestLogins.asStaff(() -> {
            rosters.markAttendance(course.id, course.members.get(0).id, firstSession(course), true);
            return null;
        });

        SeatsView view = open(course);

        assertThat(view.summary.getText()).isEqualTo("1 of 1 seats taken, 2 waiting.");
        assertThat(_get(Anchor.class, spec -> spec.withId("edit-offering")).getHref())
                .isEqualTo("planning/offerings/" + course.id.value());
        assertThat(_size(view.enrolled)).isEqualTo(1);
        assertThat(_getFormatted(view.enrolled, 0, "attendance")).isEqualTo("1/2");
        assertThat(positions(view.waitlist)).containsExactly(1, 2);
        assertThat(members(view.waitlist)).containsExactly(course.members.get(1).id, course.members.get(2).id);
    }

    @Test
    void aSeatHeldWhileItsMemberPaysIsListedWithTheEnrolledAndSaysSo() {
        String program = "SEATS-HELD-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        OfferingId id = TestOffering.offering().program(program).capacity(2)
                .price(org.centerformsc.portal.catalog.Price.of("USD", 55_000)).create(catalog);
        Member paying = member("Pia Paying");
        TestLogins.as(paying.token, () -> enrollment.enroll(id));

        SeatsView view = open(new Course(id, program, List.of(paying)));

        assertThat(view.summary.getText()).isEqualTo("1 of 2 seats taken, 0 waiting.");
        assertThat(_getCellComponent(view.enrolled, 0, "member").getElement().getTextRecursively())
                .contains("Pia Paying").endsWith("Holding a seat while paying");
    }

    @Test
    void onAPhoneEachNameCarriesItsAttendanceOrPlaceAndTheButtonsOnlyTheirIcons() {
        Course course = course(1);
        SeatsView view = open(course);

        view.narrow(true);

        assertThat(view.enrolled.getColumnByKey("attendance").isVisible()).isFalse();
        assertThat(view.waitlist.getColumnByKey("position").isVisible()).isFalse();
        assertThat(_getCellComponent(view.enrolled, 0, "member").getElement().getTextRecursively())
                .startsWith("Ann Asked-First").endsWith("Attendance: 0/2");
        assertThat(_getCellComponent(view.waitlist, 1, "member").getElement().getTextRecursively())
                .startsWith("2. Cas Asked-Third");
        Button remove = button(view.waitlist, 1, "remove-" + course.members.get(2).id.value());
        assertThat(remove.getText()).isEmpty();
        assertThat(remove.getIcon()).isNotNull();
        assertThat(remove.getAriaLabel()).contains("Remove Cas Asked-Third");
    }

    @Test
    void removingTheEnrolledMemberSeatsTheFirstInLine() {
        Course course = course(1);
        SeatsView view = open(course);

        _click(button(view.enrolled, 0, "remove-" + course.members.get(0).id.value()));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(members(view.enrolled)).containsExactly(course.members.get(1).id);
        assertThat(members(view.waitlist)).containsExactly(course.members.get(2).id);
        assertThat(view.summary.getText()).isEqualTo("1 of 1 seats taken, 1 waiting.");
    }

    @Test
    void upAndDownReorderTheWaitlistAndTheEndsCannotGoFurther() {
        Course course = course(1);
        SeatsView view = open(course);
        MemberId first = course.members.get(1).id;
        MemberId second = course.members.get(2).id;
        assertThat(button(view.waitlist, 0, "up-" + first.value()).isEnabled()).isFalse();
        assertThat(button(view.waitlist, 1, "down-" + second.value()).isEnabled()).isFalse();

        _click(button(view.waitlist, 1, "up-" + second.value()));

        assertThat(members(view.waitlist)).containsExactly(second, first);
        assertThat(line(course)).containsExactly(second, first);

        _click(button(view.waitlist, 0, "down-" + second.value()));

        assertThat(line(course)).containsExactly(first, second);
    }

    @Test
    void enrollingNeedsAMemberAndAnOverrideNeedsAReasonWithNothingStoredOtherwise() {
        Course course = course(5);
        Member newcomer = member("Nina Newcomer " + UUID.randomUUID());
        SeatsView view = open(course);
        EnrollMemberDialog dialog = view.enrollDialog;

        _click(view.enroll);
        _click(dialog.enroll);
        assertThat(dialog.member.isInvalid()).isTrue();
        assertThat(dialog.member.getErrorMessage()).isEqualTo("Choose the member to enroll.");

        setUserInput(dialog.member, newcomer.name.substring(5, 20));
        assertThat(getSuggestionItems(dialog.member)).extracting(MemberProfile::id).containsExactly(newcomer.id);
        _setValue(dialog.member, getSuggestionItems(dialog.member).get(0));
        _setValue(dialog.override, true);
        _setValue(dialog.reason, "   ");
        _click(dialog.enroll);

        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).startsWith("Give the reason for the override");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(seatsOf(course)).doesNotContain(newcomer.id);

        _setValue(dialog.override, false);
        _click(dialog.enroll);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(members(view.enrolled)).contains(newcomer.id);
    }

    @Test
    void thePrerequisitesRefuseUntilStaffOverrideThemWithAReason() {
        Course course = course(5);
        String base = "BASE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestOffering.offering().program(base).create(catalog);
        TestLogins.asStaff(() -> {
            prerequisites.save(course.program, Rule.completed(base));
            return null;
        });
        Member newcomer = member("Otto Override");
        SeatsView view = open(course);
        EnrollMemberDialog dialog = view.enrollDialog;
        _click(view.enroll);
        _setValue(dialog.member, profile(newcomer));

        _click(dialog.enroll);

        assertThat(dialog.member.isInvalid()).isTrue();
        assertThat(dialog.member.getErrorMessage()).startsWith("This member does not meet the course's prerequisites");
        assertThat(seatsOf(course)).doesNotContain(newcomer.id);

        _setValue(dialog.override, true);
        _setValue(dialog.reason, "Trained with the Karolinska MSC team in 2024.");
        _click(dialog.enroll);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(seatsOf(course)).contains(newcomer.id);
        assertThat(jdbc.queryForObject("SELECT reason FROM eligibility_override WHERE member_id = ?", String.class,
                newcomer.id.value())).isEqualTo("Trained with the Karolinska MSC team in 2024.");
    }

    @Test
    void movingNeedsAChoiceAndOffersOnlyTheProgramsOtherOfferings() {
        Course course = course(1);
        OfferingId sibling = TestOffering.offering().program(course.program).capacity(3).create(catalog);
        TestOffering.offering().create(catalog);
        SeatsView view = open(course);
        MemberId waiting = course.members.get(2).id;

        _click(button(view.waitlist, 1, "move-" + waiting.value()));
        MoveDialog dialog = view.moveDialog;
        assertThat(getSuggestionItems(dialog.target)).extracting(OfferingCard::id).containsExactly(sibling);
        assertThat(dialog.target.getItemLabelGenerator().apply(getSuggestionItems(dialog.target).get(0)))
                .endsWith("3 seats free");
        _click(dialog.move);

        assertThat(dialog.target.isInvalid()).isTrue();
        assertThat(dialog.target.getErrorMessage()).isEqualTo("Choose the offering to move them to.");
        assertThat(line(course)).contains(waiting);

        _setValue(dialog.target, getSuggestionItems(dialog.target).get(0));
        _click(dialog.move);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(members(view.waitlist)).containsExactly(course.members.get(1).id);
        assertThat(TestLogins.asStaff(() -> seats.seatsOf(sibling))).extracting(SeatHolder::member)
                .containsExactly(waiting);
    }

    @Test
    void theRosterExportsAsCsvWithTranslatedHeadersAndQuotedNames() {
        Course course = course(1);
        Member tricky = member("=Eve, \"the\" Tester");
        TestLogins.as(tricky.token, () -> enrollment.enroll(course.id));
        TestLogins.asStaff(() -> {
            rosters.markAttendance(course.id, course.members.get(0).id, firstSession(course), true);
            return null;
        });
        SeatsView view = open(course);

        byte[] csv = view.rosterExport.csv();

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0]).isEqualTo("Name,E-mail,Status,Attendance");
        assertThat(lines[1]).startsWith(course.members.get(0).name + ",").endsWith(",Enrolled,1/2");
        assertThat(lines[2]).endsWith(",Waitlisted (1),");
        assertThat(lines[4]).startsWith("\"'=Eve, \"\"the\"\" Tester\",").endsWith(",Waitlisted (3),");
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    void participantsAndTeachersAreRefusedAndUnknownOfferingsAreNotFound() {
        Course course = course(1);
        signInAs("seats-participant", "Pia Participant");
        UI.getCurrent().navigate(SeatsView.class, new RouteParameters("id", String.valueOf(course.id.value())));
        assertThat(_find(SeatsView.class)).isEmpty();

        signInAs("seats-teacher", "Ted Teacher", Roles.TEACHER);
        UI.getCurrent().navigate(SeatsView.class, new RouteParameters("id", String.valueOf(course.id.value())));
        assertThat(_find(SeatsView.class)).isEmpty();

        signInAs("seats-staff-lost", "Sid Staff", Roles.STAFF);
        UI.getCurrent().navigate("staff/offerings/999999999/seats");
        assertThat(_find(SeatsView.class)).isEmpty();
        _get(VerticalLayout.class, spec -> spec.withId("not-found-view"));
    }

    private record Member(MemberId id, String name, OAuth2AuthenticationToken token) {
    }

    private record Course(OfferingId id, String program, List<Member> members) {
    }

    /** An offering of a program of its own with two weekly sessions; three members asked for a place, in order. */
    private Course course(int capacity) {
        String program = "SEATS-VIEW-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        OfferingId id = TestOffering.offering().program(program).capacity(capacity).weeklySessions(2).create(catalog);
        List<Member> members = List.of(member("Ann Asked-First"), member("Ben Asked-Second"),
                member("Cas Asked-Third"));
        members.forEach(member -> TestLogins.as(member.token, () -> enrollment.enroll(id)));
        return new Course(id, program, members);
    }

    private Member member(String name) {
        OAuth2AuthenticationToken token = TestLogins.signedUp(members, name);
        return new Member(TestLogins.as(token, members::currentMemberId), name, token);
    }

    private SeatsView open(Course course) {
        signInAs("seats-staff", "Stina Staff", Roles.STAFF);
        UI.getCurrent().navigate(SeatsView.class, new RouteParameters("id", String.valueOf(course.id.value())));
        return _get(SeatsView.class);
    }

    private java.time.Instant firstSession(Course course) {
        return catalog.offering(course.id).orElseThrow().sessions().get(0).startsAt();
    }

    private MemberProfile profile(Member member) {
        return TestLogins.asStaff(() -> members.profileOf(member.id)).orElseThrow();
    }

    private List<MemberId> line(Course course) {
        return TestLogins.asStaff(() -> seats.holders(course.id, EnrollmentStatus.WAITLISTED, 0, 50)).stream()
                .map(SeatHolder::member).toList();
    }

    private List<MemberId> seatsOf(Course course) {
        return TestLogins.asStaff(() -> seats.seatsOf(course.id)).stream().map(SeatHolder::member).toList();
    }

    private static Button button(Grid<SeatRow> grid, int row, String id) {
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(grid, row, "actions");
        return _get(actions, Button.class, spec -> spec.withId(id));
    }

    private static List<MemberId> members(Grid<SeatRow> grid) {
        return java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(row -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, row).holder().member()).toList();
    }

    private static List<Integer> positions(Grid<SeatRow> grid) {
        return java.util.stream.IntStream.range(0, _size(grid))
                .mapToObj(row -> com.github.mvysny.kaributesting.v10.GridKt._get(grid, row).holder().waitlistPosition())
                .toList();
    }
}
