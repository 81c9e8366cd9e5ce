package org.centerformsc.portal.records.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.records.MemberActionRefused;
import org.centerformsc.portal.records.MemberActions;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/** Staff record that the member of the page completed a program on a day: verified at once, and audited. */
class RecordCompletionDialog extends Dialog {

    final ComboBox<String> program = new ComboBox<>();
    final DatePicker day = new DatePicker();
    final Button record = new Button();
    private final MemberActions actions;
    private final Consumer<String> recorded;
    private Map<String, String> programs = Map.of();
    private MemberId member;

    RecordCompletionDialog(MemberActions actions, CatalogService catalog, Consumer<String> recorded) {
        this.actions = actions;
        this.recorded = recorded;
        setId("records-complete-dialog");
        setHeaderTitle(getTranslation("records.complete"));
        programs = catalog.programNames();
        program.setLabel(getTranslation("records.complete.program"));
        program.setId("records-complete-program");
        program.setRequiredIndicatorVisible(true);
        program.setItems(programs.keySet().stream().sorted().toList());
        program.setItemLabelGenerator(code -> programs.get(code) + " (" + code + ")");
        program.setWidthFull();
        program.addValueChangeListener(change -> program.setInvalid(false));
        day.setLabel(getTranslation("records.complete.day"));
        day.setId("records-complete-day");
        day.setRequiredIndicatorVisible(true);
        day.addValueChangeListener(change -> day.setInvalid(false));
        VerticalLayout fields = new VerticalLayout(program, day);
        fields.setPadding(false);
        fields.setWidth("24rem");
        fields.setMaxWidth("100%");
        add(fields);
        record.setText(getTranslation("records.complete.action"));
        record.setId("records-complete-submit");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(click -> submit());
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), record);
    }

    void open(MemberId member, LocalDate today) {
        this.member = member;
        program.clear();
        program.setInvalid(false);
        day.setValue(today);
        day.setMax(today);
        day.setInvalid(false);
        open();
    }

    private void submit() {
        if (program.getValue() == null) {
            refuse(program, "records.refused.program");
            return;
        }
        if (day.isInvalid() || day.getValue() == null) {
            refuse(day, "records.refused.day");
            return;
        }
        try {
            actions.recordCompletion(member, program.getValue(), day.getValue());
            close();
            recorded.accept(programs.get(program.getValue()));
        } catch (MemberActionRefused refused) {
            refuse(refused.messageKey().equals("records.refused.program") ? program : day, refused.messageKey());
        }
    }

    private void refuse(HasValidation field, String messageKey) {
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }
}
