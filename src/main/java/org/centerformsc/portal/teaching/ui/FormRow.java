package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** Fields and their button side by side on their text baseline, wrapping on narrow screens. */
class FormRow extends FlexLayout {

    FormRow(Component... parts) {
        super(parts);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(Alignment.BASELINE);
        addClassName("practice-form");
    }
}
