package org.centerformsc.portal.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import org.centerformsc.portal.base.ui.ViewHeader;

/** A public page of headed paragraphs, every word from the translation bundles ({@code <prefix>.<part>.title/.text}). */
abstract class StatementPage extends VerticalLayout implements HasDynamicTitle {

    private final String prefix;
    private final java.util.Map<String, Section> sections = new java.util.HashMap<>();

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
            sections.put(part, section);
            add(section);
        }
    }

    /** The address to write to, as a mail link under that part: also what the keyboard reaches on a page of text. */
    protected void mailLink(String part) {
        String address = getTranslation(prefix + "." + part + ".address");
        Anchor mail = new Anchor("mailto:" + address, address);
        mail.setId(prefix + "-" + part + "-mail");
        sections.get(part).add(new Paragraph(mail));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(prefix + ".title") + " | " + getTranslation("app.title");
    }
}
