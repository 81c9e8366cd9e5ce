package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The heading every view starts with: a title and, optionally, one sentence on what the page is for. */
public class ViewHeader extends Header {

    public ViewHeader(String title, String lead) {
        H1 heading = new H1(title);
        heading.setId("view-title");
        add(heading);
        if (lead != null && !lead.isBlank()) {
            Paragraph paragraph = new Paragraph(lead);
            paragraph.addClassName("view-lead");
            add(paragraph);
        }
        addClassName("view-header");
    }
}
