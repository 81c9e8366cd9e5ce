package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.teaching.EvidenceKind;
import org.centerformsc.portal.teaching.EvidenceStatus;
import org.centerformsc.portal.teaching.Pathway;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TeacherTrainingViewTest extends TeachingKaribuTest {

    @Test
    void staffVerifyALoggedConsultation() {
        var token = teacherToken("Verify");
        MemberId teacher = idOf(token);
        teachers.trained(teacher, today.minusMonths(6));
        TestLogins.as(token, () -> {
            pathway.logConsultation(today.minusDays(1), "Chris Germer", null);
            return null;
        });
        long evidence = TestLogins.as(token, pathway::myTraining).timeline().get(0).evidenceId();
        signInAsStaff();
        UI.getCurrent().navigate("staff/training/" + teacher.value());
        assertThat(page()).contains("Mentor consultations: 0 of 10 (10 to go)");

        _click(byId(Button.class, "verify-" + evidence));

        assertThat(page()).contains("Mentor consultations: 1 of 10 (9 to go)");
        assertThat(TestLogins.as(token, pathway::myTraining).timeline().get(0).status())
                .isEqualTo(EvidenceStatus.VERIFIED);
    }

    @Test
    void staffExtendADeadlineAndBadDatesAreExplained() {
        MemberId teacher = idOf(teacherToken("Extend"));
        teachers.trained(teacher, today.minusYears(3).minusMonths(1));
        signInAsStaff();
        UI.getCurrent().navigate("staff/training/" + teacher.value());
        TeacherTrainingView view = _get(TeacherTrainingView.class);
        assertThat(view.deadline.getValue()).isEqualTo(Pathway.DeadlineKind.CERTIFICATION);
        assertThat(text(byId(UnorderedList.class, "training-deadlines"))).contains("overdue");

        _setValue(view.extendTo, today.minusDays(2));
        _setValue(view.reason, "Family leave");
        _click(byId(Button.class, "grant-extension"));
        assertThat(byId(Paragraph.class, "training-error").getText()).startsWith("Choose a new date after");

        _setValue(view.extendTo, today.plusMonths(4));
        _click(byId(Button.class, "grant-extension"));

        assertThat(text(byId(UnorderedList.class, "training-deadlines"))).contains("extended by staff")
                .doesNotContain("overdue");
        assertThat(text(byId(UnorderedList.class, "granted-extensions"))).contains("Family leave");
    }

    @Test
    void staffRecordEvidenceVerifiedElsewhere() {
        MemberId teacher = idOf(teacherToken("Paper"));
        teachers.trained(teacher, today.minusMonths(6));
        signInAsStaff();
        UI.getCurrent().navigate("staff/training/" + teacher.value());
        RecordEvidenceForm form = _get(RecordEvidenceForm.class);

        _setValue(form.on, today.minusMonths(2));
        _setValue(form.title, "Michelle Becker");
        _click(byId(Button.class, "record-evidence"));
        assertThat(page()).contains("Mentor consultations: 1 of 10 (9 to go)");

        form = _get(RecordEvidenceForm.class);
        _setValue(form.kind, EvidenceKind.CONTINUING_EDUCATION);
        assertThat(form.hours.isVisible()).isTrue();
        _setValue(form.on, today.minusMonths(1));
        _setValue(form.title, "MSC Teacher Summit");
        _click(byId(Button.class, "record-evidence"));
        assertThat(byId(Paragraph.class, "training-error").getText()).isEqualTo("Enter the hours: from 0.25 to 100.");

        _setValue(form.hours, 8.0);
        _click(byId(Button.class, "record-evidence"));
        assertThat(text(byId(UnorderedList.class, "training-timeline")))
                .contains("Continuing education: MSC Teacher Summit · 8 h");
    }

    @Test
    void anUnknownTeacherIsNotFound() {
        signInAsStaff();
        UI.getCurrent().navigate("staff/training/999999999");

        _get(VerticalLayout.class, spec -> spec.withId("not-found-view"));
    }
}
