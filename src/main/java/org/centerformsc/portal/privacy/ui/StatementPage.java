package org.centerformsc.portal.privacy.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import org.centerformsc.portal.base.ui.ViewHeader;

/** A public page of headed paragraphs, every word from the translation bundles ({@code <prefix>.<part>.title/.text}). */
abstract class StatementPage extends VerticalLayout implements HasDynamicTitle {

    private final String prefix;

    StatementPage(String prefix, String... parts) {
        this.prefix = prefix;
        addClassName("statement-page");
        setMaxWidth("48rem");
        add(new ViewHeader(getTranslation(prefix + ".title"), getTranslation(prefix + ".lead")));
        for (String part : parts) {
            Section section = new Section(new H2(getTranslation(prefix + "." + part + ".title")));
            for (String paragraph : getTranslation(prefix + "." + part + ".text").split("\\|")) {
                section.add(new Paragraph(paragraph.strip()));
            }
            section.setId(prefix.replace('.', '-') + "-" + part);
            add(section);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " | " + getTranslation("app.title");
    }
}
