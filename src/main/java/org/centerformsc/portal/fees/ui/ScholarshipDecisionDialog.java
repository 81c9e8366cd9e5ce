package org.centerformsc.portal.fees.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.fees.ScholarshipRefused;
import org.centerformsc.portal.fees.ScholarshipRequestRow;
import org.centerformsc.portal.fees.ScholarshipService;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Map;

/** Grant a percentage or an amount of the standard price, or decline with the reason the member will read. */
class ScholarshipDecisionDialog extends Dialog {

    enum Kind { PERCENT, AMOUNT }

    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    final IntegerField percent = new IntegerField();
    final BigDecimalField amount = new BigDecimalField();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    private final Map<String, HasValidation> byField;

    ScholarshipDecisionDialog(ScholarshipRequestRow row, ScholarshipService scholarships, boolean granting,
                              Runnable decided) {
        setId("scholarship-dialog");
        setHeaderTitle(getTranslation(granting ? "scholarships.grant" : "scholarships.decline") + ": "
                + row.memberName());
        add(new Paragraph(getTranslation("scholarships.dialog.course", row.offeringTitle(),
                TimeFormats.money(row.standardMinor(), row.currency(), getLocale()))));
        add(new Paragraph(row.reason()));
        percent.setId("grant-percent");
        percent.setLabel(getTranslation("scholarships.percent"));
        percent.setMin(1);
        percent.setMax(100);
        percent.setSuffixComponent(new Paragraph("%"));
        amount.setId("grant-amount");
        amount.setLabel(getTranslation("scholarships.amount", row.currency()));
        amount.setHelperText(getTranslation("scholarships.amount.help"));
        reason.setId("decline-reason");
        reason.setLabel(getTranslation("scholarships.declinereason"));
        reason.setHelperText(getTranslation("scholarships.declinereason.help"));
        reason.setMaxLength(1000);
        reason.setWidthFull();
        percent.setWidth("16em");
        amount.setWidth("16em");
        byField = Map.of("percent", percent, "amount", amount, "declineReason", reason);
        if (granting) {
            kind.setId("grant-kind");
            kind.setItems(Kind.values());
            kind.setItemLabelGenerator(k -> getTranslation("scholarships.kind." + k.name().toLowerCase()));
            kind.addValueChangeListener(change -> {
                percent.setVisible(change.getValue() == Kind.PERCENT);
                amount.setVisible(change.getValue() == Kind.AMOUNT);
            });
            kind.setValue(Kind.PERCENT);
            VerticalLayout fields = new VerticalLayout(kind, percent, amount);
            fields.setPadding(false);
            add(fields);
        } else {
            add(reason);
        }
        confirm.setText(getTranslation(granting ? "scholarships.grant" : "scholarships.decline"));
        confirm.setId("confirm-decision");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                if (granting) {
                    scholarships.grant(row.id(), kind.getValue() == Kind.PERCENT ? orNone(percent.getValue()) : null,
                            kind.getValue() == Kind.AMOUNT ? amount.getValue() : null);
                } else {
                    scholarships.decline(row.id(), reason.getValue());
                }
            } catch (ScholarshipRefused refused) {
                HasValidation field = byField.getOrDefault(refused.field(), granting ? amount : reason);
                if (granting && refused.field().equals("amount") && kind.getValue() == Kind.PERCENT) {
                    field = percent;
                }
                field.setErrorMessage(getTranslation(refused.messageKey()));
                field.setInvalid(true);
                return;
            } catch (OptimisticLockingFailureException decidedMeanwhile) {
                Notification.show(getTranslation("scholarship.refused.decided"), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            close();
            decided.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }

    /** An empty percentage is "none given", which the service refuses with its own message. */
    private static Integer orNone(Integer value) {
        return value == null ? 0 : value;
    }
}
