package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.teaching.EvidenceKind;
import org.centerformsc.portal.teaching.PathwayService;

import java.util.function.Consumer;

/** Staff: evidence verified elsewhere (an older system, a paper log), recorded as verified at once. */
class RecordEvidenceForm extends FormRow {

    final Select<EvidenceKind> kind = new Select<>();
    final DatePicker on = new DatePicker();
    final TextField title = new TextField();
    final NumberField hours = new NumberField();

    /** act runs the recording and shows its outcome (the page's message line, a fresh page on success). */
    RecordEvidenceForm(PathwayService pathway, MemberId teacher, Consumer<Runnable> act) {
        kind.setLabel(getTranslation("staff.training.record.kind"));
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation("evidence.kind." + k));
        kind.setValue(EvidenceKind.CONSULTATION);
        kind.setWidth("16rem");
        kind.setId("record-kind");
        on.setLabel(getTranslation("staff.training.record.date"));
        on.setId("record-date");
        title.setLabel(getTranslation("staff.training.record.title"));
        title.setMaxLength(200);
        title.setId("record-title");
        hours.setLabel(getTranslation("training.education.hours"));
        hours.setStep(0.25);
        hours.setId("record-hours");
        hours.setVisible(false);
        kind.addValueChangeListener(e -> hours.setVisible(e.getValue() == EvidenceKind.CONTINUING_EDUCATION));
        Button record = new Button(getTranslation("staff.training.record"), click -> act.accept(() ->
                pathway.recordVerified(teacher, kind.getValue(), on.getValue(), title.getValue(), minutes())));
        record.setId("record-evidence");
        add(kind, on, title, hours, record);
    }

    private int minutes() {
        if (kind.getValue() != EvidenceKind.CONTINUING_EDUCATION || hours.getValue() == null) {
            return 0;
        }
        return (int) Math.round(hours.getValue() * 60);
    }
}
