package org.centerformsc.portal.completion.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.completion.Roster;
import org.centerformsc.portal.completion.RosterService;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.access.AccessDeniedException;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A teacher's roster for one offering they teach (staff: any): attendance per session and completion. */
@Route("roster/:code")
@RolesAllowed({Roles.TEACHER, Roles.STAFF})
class RosterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RosterService rosters;
    private final CatalogService catalog;
    private OfferingId offering;
    private String title = "";

    RosterView(RosterService rosters, CatalogService catalog) {
        this.rosters = rosters;
        this.catalog = catalog;
        setId("roster-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        offering = catalog.offering(event.getRouteParameters().get("code").orElse(""))
                .map(details -> details.card().id()).orElseThrow(NotFoundException::new);
        try {
            render(rosters.roster(offering));
        } catch (AccessDeniedException notTheirs) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void render(Roster roster) {
        removeAll();
        title = roster.offering().title();
        add(new ViewHeader(getTranslation("roster.title") + ": " + title, roster.offering().programName()));
        if (roster.rows().isEmpty()) {
            add(new Paragraph(getTranslation("roster.empty")));
            return;
        }
        Grid<Roster.Row> grid = new Grid<>();
        grid.setId("roster");
        grid.setItems(roster.rows());
        grid.addColumn(Roster.Row::name).setHeader(getTranslation("roster.participant")).setFrozen(true)
                .setAutoWidth(true);
        for (int i = 0; i < roster.sessions().size(); i++) {
            int index = i;
            SessionTime session = roster.sessions().get(i);
            grid.addComponentColumn(row -> attendance(row, session, row.present().get(index)))
                    .setHeader(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(getLocale())
                            .format(session.startsAt().atZone(roster.offering().zone())))
                    .setAutoWidth(true).setKey("session-" + i);
        }
        grid.addComponentColumn(this::completion).setHeader(getTranslation("roster.completed")).setAutoWidth(true)
                .setKey("completed");
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private Checkbox attendance(Roster.Row row, SessionTime session, Boolean present) {
        Checkbox box = new Checkbox(Boolean.TRUE.equals(present));
        box.setAriaLabel(row.name() + " " + TimeFormats.date(session.startsAt(), java.time.ZoneOffset.UTC, getLocale()));
        box.addValueChangeListener(change -> rosters.markAttendance(offering, row.member(), session.startsAt(),
                change.getValue()));
        return box;
    }

    private Checkbox completion(Roster.Row row) {
        Checkbox box = new Checkbox(row.completed());
        box.setAriaLabel(getTranslation("roster.completed") + " " + row.name());
        box.setId("completed-" + row.member().value());
        box.addValueChangeListener(change -> rosters.markCompleted(offering, row.member(), change.getValue()));
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roster.title") + " " + title + " | " + getTranslation("app.title");
    }
}
