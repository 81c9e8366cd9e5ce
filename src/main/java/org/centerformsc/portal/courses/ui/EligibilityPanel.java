package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.eligibility.EligibilityService;
import org.centerformsc.portal.eligibility.Explanation;
import org.centerformsc.portal.eligibility.Missing;
import org.centerformsc.portal.eligibility.Suggestion;
import org.centerformsc.portal.eligibility.VerdictWording;

import java.util.Locale;
import java.util.Map;

/** The member's eligibility for this offering, in plain language, with courses that would close the gap. */
class EligibilityPanel extends Section {

    EligibilityPanel(OfferingCard card, Explanation explanation, Map<String, String> programNames,
                     EligibilityService eligibility, Locale locale) {
        setId("eligibility");
        addClassName("card");
        add(new H2(getTranslation("eligibility.title")));
        Paragraph headline = new Paragraph(VerdictWording.headline(explanation.verdict(), locale, this::getTranslation));
        headline.setId("eligibility-verdict");
        add(headline);
        UnorderedList missing = new UnorderedList();
        missing.setId("eligibility-missing");
        VerdictWording.missing(explanation.verdict(), programNames, locale, this::getTranslation)
                .forEach(line -> missing.add(new ListItem(line)));
        add(missing);
        if (!explanation.suggestions().isEmpty()) {
            UnorderedList suggestions = new UnorderedList();
            suggestions.setId("eligibility-suggestions");
            for (Suggestion suggestion : explanation.suggestions()) {
                Anchor link = new Anchor("courses/" + suggestion.offering().code(), suggestion.forOffering() == null
                        ? suggestion.offering().title()
                        : getTranslation("eligibility.suggestion.later", suggestion.offering().title(),
                        suggestion.forOffering().title()));
                suggestions.add(new ListItem(link));
            }
            add(new Paragraph(getTranslation("eligibility.suggestions")), suggestions);
        }
        if (explanation.verdict().missing().stream().anyMatch(m -> m instanceof Missing.Application)) {
            add(application(card, eligibility));
        }
    }

    private Section application(OfferingCard card, EligibilityService eligibility) {
        Section section = new Section();
        section.setId("application");
        eligibility.myApplicationStatus(card.id()).ifPresentOrElse(
                status -> section.add(new Paragraph(getTranslation("eligibility.application." + status))),
                () -> {
                    Button apply = new Button(getTranslation("eligibility.apply"), click -> {
                        eligibility.apply(card.id());
                        section.removeAll();
                        section.add(new Paragraph(getTranslation("eligibility.applied")));
                    });
                    apply.setId("apply");
                    section.add(apply);
                });
        return section;
    }
}
