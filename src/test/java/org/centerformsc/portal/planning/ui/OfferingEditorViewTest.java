package org.centerformsc.portal.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.NewProgram;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDraft;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.Schedule;
import org.centerformsc.portal.catalog.OfferingPlanningService;
import org.centerformsc.portal.catalog.PlannedOffering;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.TeacherChoice;
import org.centerformsc.portal.teaching.TestTeachers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class OfferingEditorViewTest extends KaribuTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    @Autowired
    CatalogService catalog;

    @Autowired
    OfferingPlanningService planning;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    PathwayService pathway;

    @BeforeEach
    void lomsc() {
        TestLogins.asStaff(() -> {
            catalog.addProgramIfAbsent(new NewProgram("LOMSC", "Live Online MSC", "Ten weeks online"));
            return null;
        });
    }

    @Test
    void staffPlanEightTuesdaysWithAnEarlyBirdSeeThePreviewAndPublish() {
        signInAs("planner-1", "Paula Planner", Roles.STAFF);
        UI.getCurrent().navigate("planning/offerings");
        OfferingEditorView view = _get(OfferingEditorView.class);
        String code = code();

        fillMarch2027(view.form, code);
        assertThat(view.form.schedule.preview.getChildren().count()).isEqualTo(8);
        assertThat(view.form.schedule.preview.getElement().getTextRecursively()).contains("9:00");
        _setValue(view.form.earlyBirdPrice, new BigDecimal("600"));
        _click(view.save);
        assertThat(view.form.earlyBirdPrice.isInvalid()).isTrue();
        assertThat(view.form.earlyBirdPrice.getErrorMessage())
                .isEqualTo("The early-bird price must be below the regular price.");
        assertThat(TestLogins.asStaff(() -> catalog.searchOfferings(code, 0, 5))).isEmpty();

        _setValue(view.form.earlyBirdPrice, new BigDecimal("495"));
        _click(view.save);
        OfferingEditorView saved = _get(OfferingEditorView.class);
        assertThat(saved.state.getText()).startsWith("Draft");
        assertThat(catalog.offering(code)).isEmpty();
        _click(saved.publish);

        OfferingCard card = catalog.offering(code).orElseThrow().card();
        assertThat(card.sessionCount()).isEqualTo(8);
        assertThat(card.capacity()).isEqualTo(25);
        assertThat(card.price().earlyBirdMinor()).isEqualTo(49_500);
        assertThat(card.firstSessionStart().atZone(PACIFIC).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(_get(OfferingEditorView.class).state.getText()).startsWith("Published");
        assertThat(_get(OfferingEditorView.class).seats.getHref())
                .isEqualTo("staff/offerings/" + card.id().value() + "/seats");

        _click(_get(OfferingEditorView.class).duplicate);
        OfferingEditorView copy = _get(OfferingEditorView.class);
        assertThat(copy.state.getText()).startsWith("A new offering");
        assertThat(copy.form.code.getValue()).isEqualTo(code + "-2");
        assertThat(copy.form.schedule.custom.getValue()).startsWith("2027-04-06 09:00-11:00");
    }

    @Test
    void theRefundPolicyIsKeptAndAFeeAboveThePriceIsRefusedAtItsField() {
        signInAs("planner-9", "Rafa Refund", Roles.STAFF);
        UI.getCurrent().navigate("planning/offerings");
        OfferingEditorView view = _get(OfferingEditorView.class);
        assertThat(view.form.refundDays.getValue()).isEqualTo(14);
        String code = code();
        fillMarch2027(view.form, code);
        _setValue(view.form.refundDays, 30);
        _setValue(view.form.refundFee, new BigDecimal("600"));

        _click(view.save);

        assertThat(view.form.refundFee.isInvalid()).isTrue();
        assertThat(view.form.refundFee.getErrorMessage()).isEqualTo("The fee kept on a refund cannot be more than the price.");
        assertThat(TestLogins.asStaff(() -> catalog.searchOfferings(code, 0, 5))).isEmpty();

        _setValue(view.form.refundFee, new BigDecimal("25"));
        _click(view.save);
        OfferingEditorView saved = _get(OfferingEditorView.class);
        assertThat(saved.form.refundDays.getValue()).isEqualTo(30);
        assertThat(saved.form.refundFee.getValue()).isEqualByComparingTo("25");
        assertThat(TestLogins.asStaff(() -> planning.draftOf(catalog.searchOfferings(code, 0, 1).get(0).id()))
                .refundDaysBefore()).isEqualTo(30);
    }

    @Test
    void theSlidingScaleIsCheckedAgainstTheStandardPriceAndKeptWithTheScholarshipChoice() {
        signInAs("planner-10", "Sara Scale", Roles.STAFF);
        UI.getCurrent().navigate("planning/offerings");
        OfferingEditorView view = _get(OfferingEditorView.class);
        assertThat(view.form.scholarships.getValue()).isTrue();
        String code = code();
        fillMarch2027(view.form, code);
        // the early bird is $495: a supported price must be below it
        _setValue(view.form.supportedPrice, new BigDecimal("500"));
        _setValue(view.form.sustainingPrice, new BigDecimal("750"));

        _click(view.save);

        assertThat(view.form.supportedPrice.isInvalid()).isTrue();
        assertThat(view.form.supportedPrice.getErrorMessage()).isEqualTo(
                "The supported price is above 0 and below the standard price (and below the early-bird price).");
        assertThat(TestLogins.asStaff(() -> catalog.searchOfferings(code, 0, 5))).isEmpty();

        _setValue(view.form.supportedPrice, new BigDecimal("395"));
        _setValue(view.form.scholarships, false);
        _click(view.save);
        OfferingEditorView saved = _get(OfferingEditorView.class);
        assertThat(saved.form.supportedPrice.getValue()).isEqualByComparingTo("395");
        assertThat(saved.form.sustainingPrice.getValue()).isEqualByComparingTo("750");
        assertThat(saved.form.scholarships.getValue()).isFalse();
        assertThat(TestLogins.asStaff(() -> catalog.searchOfferings(code, 0, 1)).get(0).feeOptions())
                .isEqualTo(new org.centerformsc.portal.catalog.FeeOptions(39_500L, 75_000L, false));
    }

    @Test
    void anEmptyCodeIsSuggestedFromTheProgramAndTheFirstMonth() {
        signInAs("planner-7", "Suki Suggest", Roles.STAFF);
        UI.getCurrent().navigate("planning/offerings");
        OfferingForm form = _get(OfferingEditorView.class).form;

        _setValue(form.program, "LOMSC");
        _setValue(form.schedule.first, LocalDate.of(2027, 3, 1));

        assertThat(form.code.getValue()).isEqualTo("LOMSC-2027-03");
    }

    @Test
    void aBackwardsCustomSessionIsNamedAndNothingIsStored() {
        signInAs("planner-2", "Pia Planner", Roles.STAFF);
        UI.getCurrent().navigate("planning/offerings");
        OfferingEditorView view = _get(OfferingEditorView.class);
        String code = code();
        fillMarch2027(view.form, code);

        _setValue(view.form.schedule.kind, ScheduleBuilder.Kind.CUSTOM);
        _setValue(view.form.schedule.custom, "2027-03-02 09:00-11:00\n2027-03-09 11:00-09:00");

        assertThat(view.form.schedule.problem.getText()).isEqualTo("This session ends before it starts. (session 2)");
        _click(view.save);
        assertThat(TestLogins.asStaff(() -> catalog.searchOfferings(code, 0, 5))).isEmpty();
    }

    @Test
    void aTeacherProposesStaffSendItBackWithANoteAndTheTeacherSeesIt() {
        TestTeachers teachers = new TestTeachers(context);
        var teacher = teachers.teacher("Theo");
        TestLogins.asStaff(() -> {
            teachers.trained(teachers.id(teacher), LocalDate.of(2024, 5, 1));
            return null;
        });
        String subject = teacher.getPrincipal().getAttribute("sub");
        signInAs(subject, teachers.nameOf(teacher), Roles.TEACHER);
        UI.getCurrent().navigate("planning/offerings");
        OfferingEditorView view = _get(OfferingEditorView.class);
        String code = code();
        fillMarch2027(view.form, code);
        _click(view.save);
        _click(_get(OfferingEditorView.class).submit);
        PlannedOffering proposal = TestLogins.as(teacher, planning::myProposals).get(0);
        assertThat(proposal.status()).isEqualTo("AWAITING_APPROVAL");

        signInAs("planner-3", "Sam Staff", Roles.STAFF);
        UI.getCurrent().navigate(ProposalsView.class);
        ProposalsView proposals = _get(ProposalsView.class);
        assertThat(proposals.proposals.getGenericDataView().getItems())
                .extracting(PlannedOffering::code).contains(code);
        int row = proposals.proposals.getGenericDataView().getItems().map(PlannedOffering::code).toList().indexOf(code);
        Anchor open = (Anchor) _getCellComponent(proposals.proposals, row, "title");
        assertThat(open.getHref()).isEqualTo("planning/offerings/" + proposal.id().value());
        proposals.narrow(true);
        assertThat(proposals.proposals.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly("summary");
        assertThat(_getCellComponent(proposals.proposals, row, "summary").getElement().getTextRecursively())
                .contains("Live Online MSC, March 2027", teachers.nameOf(teacher));
        UI.getCurrent().navigate("planning/offerings/" + proposal.id().value());
        _click(_get(OfferingEditorView.class).sendBack);
        _setValue(_get(TextArea.class, spec -> spec.withId("planning-dialog-text")), "Please add a description.");
        _click(_get(Button.class, spec -> spec.withId("planning-dialog-confirm")));

        assertThat(TestLogins.as(teacher, planning::myProposals).get(0).reviewNote())
                .isEqualTo("Please add a description.");
    }

    @Test
    void savingAnOfferingAgainKeepsItsTeachersAndItsCity() {
        TestTeachers teachers = new TestTeachers(context);
        var teacher = teachers.teacher("Tess");
        TestLogins.asStaff(() -> {
            teachers.trained(teachers.id(teacher), LocalDate.of(2024, 5, 1));
            return null;
        });
        signInAs("planner-8", "Kim Keeper", Roles.STAFF);
        UI.getCurrent().navigate("planning/offerings");
        OfferingEditorView view = _get(OfferingEditorView.class);
        String code = code();
        fillMarch2027(view.form, code);
        _setValue(view.form.format, OfferingFormat.IN_PERSON);
        _setValue(view.form.venueName, "Huis de Pinto");
        _setValue(view.form.venueCity, gazetteer.suggest("Utrecht", 0, 1).get(0));
        _setValue(view.form.teachers, Set.copyOf(TestLogins.asStaff(() ->
                pathway.teacherChoicesOf(List.of(teachers.id(teacher))))));
        _click(view.save);

        OfferingEditorView reopened = _get(OfferingEditorView.class);
        assertThat(reopened.form.venueCity.getValue().name()).isEqualTo("Utrecht");
        assertThat(reopened.form.teachers.getValue()).extracting(TeacherChoice::name)
                .containsExactly(teachers.nameOf(teacher));
        _setValue(reopened.form.title, "Live Online MSC, March 2027 (room changed)");
        _click(reopened.save);

        OfferingDraft saved = TestLogins.asStaff(() -> planning.draftOf(
                catalog.searchOfferings(code, 0, 1).get(0).id()));
        assertThat(saved.title()).endsWith("(room changed)");
        assertThat(saved.teachers()).containsExactly(teachers.id(teacher));
        assertThat(saved.venueCity()).startsWith("Utrecht");
    }

    @Test
    void aTeacherWhoMayNotOfferTheProgramIsToldSoAtTheProgram() {
        signInAs("planner-4", "Nina Newteacher", Roles.TEACHER);
        UI.getCurrent().navigate("planning/offerings");
        OfferingEditorView view = _get(OfferingEditorView.class);
        fillMarch2027(view.form, code());

        _click(view.save);

        assertThat(view.form.program.isInvalid()).isTrue();
        assertThat(view.form.program.getErrorMessage())
                .isEqualTo("Your training level does not yet include offering this program.");
    }

    @Test
    void participantsAndSomeoneElsesOfferingAreRefused() {
        signInAs("planner-5", "Pete Participant");
        UI.getCurrent().navigate("planning/offerings");
        assertThat(_find(OfferingEditorView.class)).isEmpty();

        signInAs("planner-6", "Ted Teacher", Roles.TEACHER);
        var staffDraft = TestLogins.asStaff(() -> planning.create(new OfferingDraft("LOMSC", code(), "Staff draft",
                null, OfferingFormat.ONLINE, null, null, null, PACIFIC, "en", 10, List.of(), List.of(), "USD",
                BigDecimal.ZERO, null, null, LocalDate.now(PACIFIC), null, null,
                new Schedule.Once(LocalDate.of(2027, 5, 5), LocalTime.of(9, 0), LocalTime.of(11, 0)), 14, null, null, null, false)));
        UI.getCurrent().navigate("planning/offerings/" + staffDraft.value());
        assertThat(_find(OfferingEditorView.class)).isEmpty();
    }

    /** Live Online MSC, March 2027: eight Tuesdays 9 to 11 Pacific, 25 seats, $550, early bird $495 to Feb 1. */
    private static void fillMarch2027(OfferingForm form, String code) {
        _setValue(form.program, "LOMSC");
        _setValue(form.code, code);
        _setValue(form.title, "Live Online MSC, March 2027");
        _setValue(form.zone, "America/Los_Angeles");
        _setValue(form.schedule.kind, ScheduleBuilder.Kind.WEEKLY);
        _setValue(form.schedule.first, LocalDate.of(2027, 3, 1));
        _setValue(form.schedule.weekday, DayOfWeek.TUESDAY);
        _setValue(form.schedule.weeks, 8);
        _setValue(form.schedule.start, LocalTime.of(9, 0));
        _setValue(form.schedule.end, LocalTime.of(11, 0));
        _setValue(form.registrationOpens, LocalDate.now(PACIFIC).minusDays(1));
        _setValue(form.capacity, 25);
        _setValue(form.price, new BigDecimal("550"));
        _setValue(form.earlyBirdPrice, new BigDecimal("495"));
        _setValue(form.earlyBirdUntil, LocalDate.of(2027, 2, 1));
        _setValue(form.joinUrl, "https://meet.example.org/lomsc-2027-03");
    }

    private static String code() {
        return "LOMSC-V" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
