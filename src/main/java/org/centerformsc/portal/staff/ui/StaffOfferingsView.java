package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.WindowWidth;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.OfferingStatus;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.Seats;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every offering, newest first, with its seats taken and its waitlist: the way to each offering's seats page.
 * Searched by code or title and paged lazily; one page's seat counts come from one grouped query.
 */
@Route("staff/offerings")
@RolesAllowed(Roles.STAFF)
class StaffOfferingsView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<Row> offerings = new Grid<>();
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private final Clock clock;
    private ZoneId zone = ZoneId.of("UTC");

    /** One offering and its seat counts. */
    record Row(OfferingCard offering, Seats seats) {
    }

    StaffOfferingsView(CatalogService catalog, EnrollmentService enrollment, MemberService members, Clock clock) {
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.members = members;
        this.clock = clock;
        setId("staff-offerings-view");
        search.setLabel(getTranslation("staff.offerings.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setId("offerings-search");
        search.addValueChangeListener(change -> offerings.getDataProvider().refreshAll());
        add(new ViewHeader(getTranslation("staff.offerings"), getTranslation("staff.offerings.lead")), search,
                grid());
        setSizeFull();
    }

    /**
     * Cells are templates filled from each row's values, not components: a page of 50 offerings costs no server-side
     * component (docs/decisions/027-lists-paged-in-the-database.md).
     */
    private Grid<Row> grid() {
        offerings.setId("offerings");
        offerings.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        offerings.addColumn(links(LitRenderer.of("""
                        <div><a href="${item.seats}" aria-label="${item.open}">${item.code}</a>\
                        <div class="program-name"><a href="${item.edit}" aria-label="${item.editLabel}">\
                        ${item.editText}</a></div></div>""")))
                .setHeader(getTranslation("staff.offerings.code"))
                .setAutoWidth(true).setFlexGrow(0).setFrozen(true).setKey("code");
        offerings.addColumn(LitRenderer.<Row>of("""
                        <div>${item.title}</div><div class="program-name">${item.program}</div>""")
                        .withProperty("title", row -> row.offering().title())
                        .withProperty("program", row -> row.offering().programName()))
                .setHeader(getTranslation("staff.offerings.title") + " · " + getTranslation("staff.offerings.program"))
                .setWidth("14rem").setFlexGrow(2).setKey("title");
        offerings.addColumn(row -> starts(row.offering())).setHeader(getTranslation("staff.offerings.starts"))
                .setAutoWidth(true).setKey("starts");
        offerings.addColumn(row -> getTranslation(status(row.offering(), clock.instant())))
                .setHeader(getTranslation("staff.offerings.status")).setAutoWidth(true).setKey("status");
        offerings.addColumn(row -> taken(row.seats())).setHeader(getTranslation("staff.offerings.seats"))
                .setAutoWidth(true).setKey("seats");
        offerings.addColumn(row -> row.seats().waitlisted()).setHeader(getTranslation("staff.offerings.waiting"))
                .setAutoWidth(true).setKey("waiting");
        offerings.addColumn(summary()).setHeader(getTranslation("staff.offerings")).setKey("summary")
                .setVisible(false);
        offerings.setEmptyStateText(getTranslation("staff.offerings.empty"));
        offerings.setItems(query -> page(query.getOffset(), query.getLimit()));
        offerings.addClassName("offering-list");
        return offerings;
    }

    /** One page of offerings and, in one query, their seat counts. */
    private Stream<Row> page(int offset, int limit) {
        List<OfferingCard> cards = catalog.searchOfferings(search.getValue().strip(), offset, limit);
        Map<OfferingId, Seats> seats = enrollment.seats(cards);
        return cards.stream().map(card -> new Row(card, seats.get(card.id())));
    }

    /** The code opens the seats; the offering's form is one click further, under it. */
    private LitRenderer<Row> links(LitRenderer<Row> template) {
        String editText = getTranslation("staff.offerings.edit");
        return template
                .withProperty("seats", row -> "staff/offerings/" + row.offering().id().value() + "/seats")
                .withProperty("open", row -> getTranslation("staff.offerings.open", row.offering().title()))
                .withProperty("code", row -> row.offering().code())
                .withProperty("edit", row -> "planning/offerings/" + row.offering().id().value())
                .withProperty("editLabel", row -> getTranslation("staff.offerings.edit.label", row.offering().title()))
                .withProperty("editText", row -> editText);
    }

    /** Everything in one cell, for a phone. */
    private LitRenderer<Row> summary() {
        String seatsLabel = getTranslation("staff.offerings.seats");
        String waitingLabel = getTranslation("staff.offerings.waiting");
        return links(LitRenderer.of("""
                <div><a href="${item.seats}" aria-label="${item.open}">${item.code}</a> · \
                <a href="${item.edit}" aria-label="${item.editLabel}">${item.editText}</a></div>\
                <div>${item.title}</div><div class="program-name">${item.program}</div>\
                <div class="program-name">${item.when}</div><div class="program-name">${item.taken}</div>"""))
                .withProperty("title", row -> row.offering().title())
                .withProperty("program", row -> row.offering().programName())
                .withProperty("when", row -> starts(row.offering()) + " · "
                        + getTranslation(status(row.offering(), clock.instant())))
                .withProperty("taken", row -> seatsLabel + ": " + taken(row.seats()) + " · " + waitingLabel + ": "
                        + row.seats().waitlisted());
    }

    /** On a phone one column says it all; wider, each fact has its column. */
    void narrow(boolean narrow) {
        offerings.getColumns().forEach(column -> column.setVisible(narrow == column.getKey().equals("summary")));
    }

    private String starts(OfferingCard offering) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(offering.firstSessionStart().atZone(zone)) + " " + DateTimeFormatter.ofPattern("zzz",
                getLocale()).format(offering.firstSessionStart().atZone(zone));
    }

    private String taken(Seats seats) {
        return seats.capacity() == null ? getTranslation("staff.offerings.seats.unlimited", seats.enrolled())
                : getTranslation("staff.offerings.seats.of", seats.enrolled(), seats.capacity());
    }

    /** Where an offering stands for staff: cancelled, not published yet, over, or its registration window. */
    static String status(OfferingCard offering, Instant now) {
        OfferingStatus status = offering.status();
        if (status == OfferingStatus.CANCELLED) {
            return "staff.offerings.status.cancelled";
        } else if (status == OfferingStatus.DRAFT || status == OfferingStatus.AWAITING_APPROVAL) {
            return "staff.offerings.status.unpublished";
        } else if (status == OfferingStatus.COMPLETED || !offering.lastSessionEnd().isAfter(now)) {
            return "staff.offerings.status.ended";
        } else if (now.isBefore(offering.registrationOpensAt())) {
            return "staff.offerings.status.notyet";
        }
        return now.isBefore(offering.registrationClosesAt()) ? "staff.offerings.status.open"
                : "staff.offerings.status.closed";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ViewerZone.resolve(attach.getUI(), members.preferredZone(), ZoneId.of("UTC"), viewerZone -> {
            zone = viewerZone;
            offerings.getDataProvider().refreshAll();
        });
        WindowWidth.watch(attach, this::narrow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.offerings") + " | " + getTranslation("app.title");
    }
}
