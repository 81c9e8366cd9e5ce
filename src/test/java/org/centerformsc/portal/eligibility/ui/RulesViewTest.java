package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.Rule;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class RulesViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    PrerequisiteService prerequisites;

    @Test
    void anInvalidRuleIsShownWithItsProblemsAndNotSavedAValidOneIs() {
        String program = "RULES-" + UUID.randomUUID().toString().substring(0, 6);
        String base = program + "-BASE";
        TestOffering.offering().program(program).create(catalog);
        TestOffering.offering().program(base).create(catalog);
        signInAs("rules-staff", "Rhea Rules", Roles.STAFF);
        UI.getCurrent().navigate(RulesView.class);
        TextArea json = _get(TextArea.class, spec -> spec.withId("rule-" + program));

        _setValue(json, "{\"allOf\":[{\"completed\":\"" + program + "\"}]}");
        _click(_get(Button.class, spec -> spec.withId("save-" + program)));
        assertThat(json.isInvalid()).isTrue();
        assertThat(json.getErrorMessage()).isEqualTo("A program cannot require itself.");
        assertThat(prerequisites.ruleOf(program)).isEmpty();

        _setValue(json, "{\"allOf\":[{\"completed\":\"" + base + "\",\"monthsBefore\":2}]}");
        _click(_get(Button.class, spec -> spec.withId("save-" + program)));
        assertThat(json.isInvalid()).isFalse();
        assertThat(prerequisites.ruleOf(program)).contains(new Rule.AllOf(java.util.List.of(Rule.completed(base, 2))));
    }

    @Test
    void teachersCannotEditRules() {
        signInAs("rules-teacher", "Tom Teacher", Roles.TEACHER);
        UI.getCurrent().navigate(RulesView.class);

        assertThat(_find(RulesView.class)).isEmpty();
    }
}
