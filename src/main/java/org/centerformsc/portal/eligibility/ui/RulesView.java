package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.ProgramRule;
import org.centerformsc.portal.eligibility.RuleFormat;
import org.centerformsc.portal.security.Roles;

/** Staff edit each program's prerequisites as a rule; nothing invalid is saved, and every problem is named. */
@Route("staff/rules")
@RolesAllowed(Roles.STAFF)
class RulesView extends VerticalLayout implements HasDynamicTitle {

    RulesView(PrerequisiteService prerequisites) {
        setId("rules-view");
        add(new ViewHeader(getTranslation("staff.rules"), getTranslation("staff.rules.lead")));
        for (ProgramRule rule : prerequisites.all()) {
            TextArea json = new TextArea();
            json.setId("rule-" + rule.programCode());
            json.setValue(rule.ruleJson());
            json.setWidthFull();
            json.setMaxLength(4000);
            Button save = new Button(getTranslation("staff.rules.save"), click -> {
                try {
                    prerequisites.save(rule.programCode(), json.getValue());
                    json.setInvalid(false);
                    Notification.show(getTranslation("staff.rules.saved"));
                } catch (RuleFormat.InvalidRule invalid) {
                    json.setErrorMessage(String.join(" ", invalid.problems()));
                    json.setInvalid(true);
                }
            });
            save.setId("save-" + rule.programCode());
            Div card = new Div(new H2(rule.programName() + " (" + rule.programCode() + ")"), json, save);
            card.addClassName("card");
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.rules") + " | " + getTranslation("app.title");
    }
}
