package org.centerformsc.portal.fees.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.fees.ScholarshipRequestRow;
import org.centerformsc.portal.fees.ScholarshipService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Staff decide scholarship requests, oldest first, and see the fund: gifts designated to it beside what scholarships
 * covered (docs/decisions/018).
 */
@Route("staff/scholarships")
@RolesAllowed(Roles.STAFF)
class ScholarshipsView extends VerticalLayout implements HasDynamicTitle {

    private final ScholarshipService scholarships;
    final Grid<ScholarshipRequestRow> queue = new Grid<>();
    final ScholarshipFundReport report;

    ScholarshipsView(ScholarshipService scholarships, MemberService members, Clock clock) {
        this.scholarships = scholarships;
        setId("scholarships-view");
        ZoneId zone = members.preferredZone().orElse(ZoneOffset.UTC);
        add(new ViewHeader(getTranslation("scholarships.title"), getTranslation("scholarships.lead")));
        queue.setId("scholarship-queue");
        // a request is read whole before it is decided: cells wrap instead of cutting the reason off
        queue.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        queue.addComponentColumn(row -> twoLines(row.memberName(), row.memberEmail()))
                .setHeader(getTranslation("scholarships.member")).setFlexGrow(1);
        queue.addComponentColumn(row -> twoLines(row.offeringTitle(), row.offeringCode()))
                .setHeader(getTranslation("scholarships.course")).setFlexGrow(1);
        queue.addColumn(row -> TimeFormats.money(row.standardMinor(), row.currency(), getLocale()))
                .setHeader(getTranslation("scholarships.price")).setAutoWidth(true).setFlexGrow(0);
        queue.addColumn(ScholarshipRequestRow::reason).setHeader(getTranslation("scholarships.reason"))
                .setFlexGrow(2);
        queue.addColumn(row -> TimeFormats.date(row.requestedAt(), zone, getLocale()))
                .setHeader(getTranslation("scholarships.asked")).setAutoWidth(true).setFlexGrow(0);
        queue.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        queue.setEmptyStateText(getTranslation("scholarships.empty"));
        queue.setItems(query -> scholarships.awaiting(query.getOffset(), query.getLimit()).stream(),
                query -> (int) scholarships.countAwaiting());
        report = new ScholarshipFundReport(scholarships, zone, clock);
        add(queue, new H2(getTranslation("scholarships.report")), report);
    }

    private static Div twoLines(String first, String second) {
        Span below = new Span(second);
        below.addClassName("secondary-text");
        return new Div(new Div(first), below);
    }

    private HorizontalLayout actions(ScholarshipRequestRow row) {
        Button grant = new Button(getTranslation("scholarships.grant"),
                click -> new ScholarshipDecisionDialog(row, scholarships, true, this::decided).open());
        grant.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        grant.setId("grant-" + row.id());
        Button decline = new Button(getTranslation("scholarships.decline"),
                click -> new ScholarshipDecisionDialog(row, scholarships, false, this::decided).open());
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
        decline.setId("decline-" + row.id());
        return new HorizontalLayout(grant, decline);
    }

    private void decided() {
        queue.getDataProvider().refreshAll();
        report.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scholarships.title") + " | " + getTranslation("app.title");
    }
}
