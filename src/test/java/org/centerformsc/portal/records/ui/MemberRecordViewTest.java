package org.centerformsc.portal.records.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.records.RecordsFixture;
import org.centerformsc.portal.records.RecordsFixture.Member;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MemberRecordViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    GivingService giving;

    @Test
    void everySectionRenders() {
        Member member = RecordsFixture.member(members, "Ria " + RecordsFixture.uniqueFamilyName());
        OfferingId offering = TestOffering.offering().program(program()).title("Page Course").create(catalog);
        TestLogins.as(member.token(), () -> enrollment.enroll(offering));

        MemberRecordView view = open(member);

        assertThat(view.getPageTitle()).startsWith(member.name());
        assertThat(_get(Div.class, spec -> spec.withId("records-facts")).getElement().getTextRecursively())
                .contains("E-mail: " + member.email()).contains("Roles: Not signed in yet");
        for (String section : new String[] {"records-places", "records-completions", "records-practice",
                "records-gifts", "records-recurring", "records-replays", "records-audit"}) {
            assertThat(_find(Div.class, spec -> spec.withId(section))).as(section).hasSize(1);
        }
        assertThat(_getFormatted(grid("records-places-grid"), 0, "offering")).endsWith(" · Page Course");
        assertThat(_getFormatted(grid("records-places-grid"), 0, "status")).isEqualTo("Enrolled");
        assertThat(_get(Paragraph.class, spec -> spec.withId("records-practice-summary")).getText())
                .isEqualTo("A streak of 0 days; practice on 0 of the last 30 days.");
        assertThat(_get(Div.class, spec -> spec.withId("records-audit")).getElement().getTextRecursively())
                .contains("No staff actions yet.");
    }

    @Test
    void resendingAReceiptIsListedInTheAudit() {
        Member member = RecordsFixture.member(members, "Sol " + RecordsFixture.uniqueFamilyName());
        TestLogins.asStaff(() -> {
            giving.recordManualGift(member.id(), new Money(1_500, "USD"), null, Instant.parse("2026-01-05T10:00:00Z"));
            return null;
        });
        open(member);
        com.vaadin.flow.component.grid.Grid<?> gifts = grid("records-gifts-grid");
        assertThat(_size(gifts)).isEqualTo(1);

        _click((Button) _getCellComponent(gifts, 0, "receipt"));

        assertThat(_getFormatted(grid("records-audit-grid"), 0, "what")).startsWith("Receipt resent: #");
    }

    @Test
    void recordingACompletionWithoutAProgramIsRefusedAtTheField() {
        Member member = RecordsFixture.member(members, "Tom " + RecordsFixture.uniqueFamilyName());
        MemberRecordView view = open(member);

        _click(view.complete);
        _click(view.completionDialog.record);

        assertThat(view.completionDialog.program.isInvalid()).isTrue();
        assertThat(view.completionDialog.program.getErrorMessage()).isEqualTo("Choose a program.");
        assertThat(_get(Div.class, spec -> spec.withId("records-completions")).getElement().getTextRecursively())
                .contains("No completions or claims.");
    }

    @Test
    void recordingACompletionShowsItAndItsAuditLine() {
        Member member = RecordsFixture.member(members, "Uli " + RecordsFixture.uniqueFamilyName());
        String program = program();
        TestOffering.offering().program(program).create(catalog);
        MemberRecordView view = open(member);

        _click(view.complete);
        view.completionDialog.program.setValue(program);
        view.completionDialog.day.setValue(LocalDate.of(2025, 6, 1));
        _click(view.completionDialog.record);

        assertThat(_getFormatted(grid("records-completions-grid"), 0, "program")).isEqualTo("Program " + program);
        assertThat(_getFormatted(grid("records-completions-grid"), 0, "status")).isEqualTo("verified");
        assertThat(_getFormatted(grid("records-audit-grid"), 0, "what"))
                .isEqualTo("Completion recorded: " + program + " 2025-06-01");
    }

    @Test
    void enrollingWithoutAnOfferingIsRefusedAndWithOneTakesAPlace() {
        Member member = RecordsFixture.member(members, "Vera " + RecordsFixture.uniqueFamilyName());
        String program = program();
        OfferingId offering = TestOffering.offering().program(program).title("Dialog Course " + program)
                .create(catalog);
        MemberRecordView view = open(member);

        _click(view.enroll);
        _click(view.enrollDialog.enroll);
        assertThat(view.enrollDialog.offering.getErrorMessage()).isEqualTo("Choose the offering to enroll them in.");

        view.enrollDialog.offering.setValue(catalog.offering(offering).orElseThrow().card());
        _click(view.enrollDialog.enroll);

        assertThat(_getFormatted(grid("records-places-grid"), 0, "offering")).endsWith("Dialog Course " + program);
        assertThat(_getFormatted(grid("records-audit-grid"), 0, "what")).endsWith(" ENROLLED")
                .startsWith("Enrolled: ");
    }

    @Test
    void anUnknownMemberIsNotFound() {
        signInAs("record-staff", "Sue Staff", Roles.STAFF);
        UI.getCurrent().navigate("staff/members/999999999999");

        _get(VerticalLayout.class, spec -> spec.withId("not-found-view"));
    }

    @Test
    void anotherRoleCannotOpenIt() {
        Member member = RecordsFixture.member(members, "Wes " + RecordsFixture.uniqueFamilyName());
        signInAs("record-teacher", "Ted Teacher", Roles.TEACHER, Roles.DONOR);
        UI.getCurrent().navigate("staff/members/" + member.id().value());

        assertThat(_find(MemberRecordView.class)).isEmpty();
    }

    private MemberRecordView open(Member member) {
        signInAs("record-staff", "Sue Staff", Roles.STAFF);
        UI.getCurrent().navigate("staff/members/" + member.id().value());
        return _get(MemberRecordView.class);
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.grid.Grid<Object> grid(String id) {
        return _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId(id));
    }

    private static String program() {
        return "PAGE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
