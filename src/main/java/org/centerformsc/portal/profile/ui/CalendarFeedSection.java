package org.centerformsc.portal.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.UIScope;
import org.centerformsc.portal.calendar.CalendarService;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The member's personal calendar feed: its secret address to copy, and a way to replace it. */
@SpringComponent
@UIScope
class CalendarFeedSection extends Section {

    private final CalendarService calendars;
    private final TextField address = new TextField();

    CalendarFeedSection(CalendarService calendars) {
        this.calendars = calendars;
        setId("calendar-feed");
        address.setId("feed-url");
        address.setLabel(getTranslation("feed.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        address.setMaxWidth("48rem");
        Button regenerate = new Button(getTranslation("feed.regenerate"), click -> confirmRegeneration());
        regenerate.setId("regenerate-feed");
        add(new H2(getTranslation("feed.title")), new Paragraph(getTranslation("feed.lead")), address, regenerate);
        show(calendars.myFeedToken());
    }

    private void confirmRegeneration() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("feed.regenerate.title"),
                getTranslation("feed.regenerate.body"), getTranslation("feed.regenerate.confirm"),
                confirmed -> show(calendars.regenerateMyFeedToken()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("regenerate-dialog");
        dialog.open();
    }

    private void show(String token) {
        String base = VaadinServletRequest.getCurrent() == null ? ""
                : ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .toUriString();
        address.setValue(base + "/calendar/feed/" + token + ".ics");
    }
}
