package org.centerformsc.portal.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A view that so far only introduces its feature: a heading, one sentence on what the page is for and what the
 * member can do meanwhile. Keys: {@code nav.<key>}, {@code <key>.lead}, {@code <key>.empty}.
 */
public abstract class IntroductionView extends VerticalLayout implements HasDynamicTitle {

    private final String key;

    protected IntroductionView(String id, String key) {
        this.key = key;
        setId(id);
        add(new ViewHeader(getTranslation("nav." + key), getTranslation(key + ".lead")));
        Paragraph empty = new Paragraph(getTranslation(key + ".empty"));
        empty.setId("empty-state");
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav." + key) + " | " + getTranslation("app.title");
    }
}
