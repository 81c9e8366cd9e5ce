package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.member.MemberId;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MyTrainingViewTest extends TeachingKaribuTest {

    @Test
    void aTrainedTeacherSeesTheirStandingWhatIsNextAndTheDeadline() {
        MemberId me = signInAsTeacher("Trained");
        teachers.trained(me, today.minusYears(1));
        teachers.coTaught(me, today.minusMonths(8));
        teachers.consultations(me, today.minusMonths(10), 8);
        UI.getCurrent().navigate(MyTrainingView.class);

        assertThat(byId(Paragraph.class, "training-level").getText()).isEqualTo("Training level: Trained teacher");
        assertThat(byId(Paragraph.class, "training-stage").getText())
                .isEqualTo("Current stage: Teaching under supervision");
        assertThat(byId(Paragraph.class, "training-next").getText())
                .isEqualTo("Next: teach MSC under supervision: 1 more course to go.");
        assertThat(text(byId(UnorderedList.class, "training-deadlines"))).startsWith("Certification due ")
                .contains("on track");
        assertThat(page()).contains("Mentor consultations: 8 of 10 (2 to go)")
                .contains("Courses taught under supervision: 1 of 2 (1 to go)");
    }

    @Test
    void loggingAConsultationShowsItAwaitingVerification() {
        signInAsTeacher("Logging");
        UI.getCurrent().navigate(MyTrainingView.class);

        _setValue(byId(TextField.class, "consultation-mentor"), "Steve Hickman");
        _click(byId(Button.class, "log-consultation"));

        assertThat(text(byId(UnorderedList.class, "training-timeline")))
                .contains("Mentor consultation with: Steve Hickman").contains("awaiting verification");
        assertThat(byId(TextField.class, "consultation-mentor").getValue()).isEmpty();

        long id = pathway.myTraining().timeline().get(0).evidenceId();
        _click(byId(Button.class, "withdraw-" + id));
        assertThat(page()).contains("No evidence on record yet.");
    }

    @Test
    void badInputGetsAMessageAndNothingIsLogged() {
        signInAsTeacher("Hasty");
        UI.getCurrent().navigate(MyTrainingView.class);

        _click(byId(Button.class, "log-consultation"));
        assertThat(byId(Paragraph.class, "training-error").getText())
                .isEqualTo("Enter your mentor's name (up to 200 characters).");

        _setValue(byId(TextField.class, "education-title"), "MSC Teacher Summit");
        _setValue(byId(NumberField.class, "education-hours"), 0.1);
        _click(byId(Button.class, "log-education"));
        assertThat(byId(Paragraph.class, "training-error").getText()).isEqualTo("Enter the hours: from 0.25 to 100.");

        _setValue(byId(DatePicker.class, "education-date"), today.plusDays(10));
        _setValue(byId(NumberField.class, "education-hours"), 6.0);
        _click(byId(Button.class, "log-education"));
        assertThat(byId(Paragraph.class, "training-error").getText()).startsWith("Choose the date it took place");

        assertThat(page()).contains("No evidence on record yet.");
    }

    @Test
    void aParticipantWithoutTheTeacherRoleIsRefused() {
        signInAs("participant-training", "Paula Participant");
        UI.getCurrent().navigate(MyTrainingView.class);

        assertThat(_find(MyTrainingView.class)).isEmpty();
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("access-denied-view"));
    }
}
