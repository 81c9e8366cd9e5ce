package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.WindowWidth;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.AttendanceSummary;
import org.centerformsc.portal.completion.RosterService;
import org.centerformsc.portal.eligibility.StaffEnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.enrollment.SeatHolder;
import org.centerformsc.portal.enrollment.SeatService;
import org.centerformsc.portal.enrollment.Seats;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One offering's roster and waitlist for staff: enroll a member, move one to another run of the program, remove
 * one, reorder the waitlist, export the roster. Both lists page lazily; a page's attendance is one query. Every
 * change goes through the offering's turn (docs/decisions/014).
 */
@Route("staff/offerings/:id([0-9]{1,18})/seats")
@RolesAllowed(Roles.STAFF)
class SeatsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int WHOLE_LIST_ROWS = 15;

    final Grid<SeatRow> enrolled = new Grid<>();
    final Grid<SeatRow> waitlist = new Grid<>();
    final Button enroll = new Button();
    final Anchor export = new Anchor();
    final Paragraph summary = new Paragraph();
    final EnrollMemberDialog enrollDialog;
    final MoveDialog moveDialog;
    RosterExport rosterExport;
    private final H2 enrolledHeading = new H2();
    private final H2 waitlistHeading = new H2();
    private final Span schedule = new Span();
    private final SeatService seats;
    private final RosterService rosters;
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private OfferingDetails details;
    private OfferingCard offering;
    private Seats counts = new Seats(null, 0, 0);
    private ZoneId zone = ZoneId.of("UTC");
    private boolean narrow;

    SeatsView(SeatService seats, StaffEnrollmentService staffEnrollment, RosterService rosters, CatalogService catalog,
              EnrollmentService enrollment, MemberService members, Clock clock) {
        this.seats = seats;
        this.rosters = rosters;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.members = members;
        setId("seats-view");
        enrollDialog = new EnrollMemberDialog(staffEnrollment, members, this::enrolled);
        moveDialog = new MoveDialog(seats, catalog, enrollment, clock, this::moved);
        enroll.setText(getTranslation("seats.enroll"));
        enroll.setId("enroll");
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enroll.addClickListener(click -> enrollDialog.open(offering));
        export.setText(getTranslation("seats.export"));
        export.setId("export-csv");
        summary.setId("seats-summary");
        buildEnrolled();
        buildWaitlist();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
        details = catalog.offerings(List.of(new OfferingId(id))).stream().findFirst()
                .orElseThrow(NotFoundException::new);
        offering = details.card();
        rosterExport = new RosterExport(seats, rosters, offering, getLocale());
        export.setHref(rosterExport.download(), AttachmentType.DOWNLOAD);
        Anchor edit = new Anchor("planning/offerings/" + id, getTranslation("seats.edit"));
        edit.setId("edit-offering");
        FlexLayout actions = new FlexLayout(enroll, export, edit, new Anchor("roster/" + offering.code(),
                getTranslation("seats.roster")), new Anchor("staff/offerings", getTranslation("seats.back")));
        actions.addClassName("seat-actions");
        actions.setAlignItems(Alignment.CENTER);
        Paragraph facts = new Paragraph(new Span(offering.programName() + " · " + offering.code() + " · "), schedule);
        facts.addClassName("view-lead");
        removeAll();
        add(new ViewHeader(getTranslation("seats.title", offering.title()), null), facts, actions, summary,
                enrolledHeading, enrolled, waitlistHeading, waitlist);
        refresh();
    }

    private void buildEnrolled() {
        enrolled.setId("enrolled");
        enrolled.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        enrolled.addComponentColumn(row -> new MemberCell(row, narrow)).setHeader(getTranslation("seats.name"))
                .setWidth("9rem").setFlexGrow(2).setKey("member");
        enrolled.addColumn(row -> MemberCell.attendance(row.attendance())).setHeader(getTranslation("seats.attendance"))
                .setAutoWidth(true).setFlexGrow(0).setKey("attendance");
        enrolled.addComponentColumn(this::actions).setHeader(getTranslation("seats.actions"))
                .setAutoWidth(true).setFlexGrow(0).setKey("actions");
        enrolled.setEmptyStateText(getTranslation("seats.enrolled.empty"));
        enrolled.setItems(query -> rows(EnrollmentStatus.ENROLLED, query.getOffset(), query.getLimit()),
                query -> (int) counts.enrolled());
    }

    private void buildWaitlist() {
        waitlist.setId("waitlist");
        waitlist.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        waitlist.addColumn(row -> row.holder().waitlistPosition()).setHeader(getTranslation("seats.position"))
                .setAutoWidth(true).setFlexGrow(0).setKey("position");
        waitlist.addComponentColumn(row -> new MemberCell(row, narrow)).setHeader(getTranslation("seats.name"))
                .setWidth("9rem").setFlexGrow(2).setKey("member");
        waitlist.addComponentColumn(this::actions).setHeader(getTranslation("seats.actions"))
                .setAutoWidth(true).setFlexGrow(0).setKey("actions");
        waitlist.setEmptyStateText(getTranslation("seats.waitlist.empty"));
        waitlist.setItems(query -> rows(EnrollmentStatus.WAITLISTED, query.getOffset(), query.getLimit()),
                query -> (int) counts.waitlisted());
    }

    /** One page of places and, in one query, the attendance of the enrolled on it. */
    private Stream<SeatRow> rows(EnrollmentStatus status, int offset, int limit) {
        List<SeatHolder> holders = seats.holders(offering.id(), status, offset, limit);
        Map<MemberId, AttendanceSummary> attendance = status == EnrollmentStatus.ENROLLED
                ? rosters.attendance(details, holders.stream().map(SeatHolder::member).toList()) : Map.of();
        return holders.stream().map(holder -> new SeatRow(holder, attendance.get(holder.member())));
    }

    private Component actions(SeatRow row) {
        return new SeatActions(row.holder(), counts.waitlisted(), narrow, new SeatActions.Commands() {
            @Override
            public void moveInLine(SeatHolder holder, int position) {
                act(() -> seats.moveInWaitlist(holder.member(), offering.id(), position));
            }

            @Override
            public void move(SeatHolder holder) {
                moveDialog.open(offering, holder, zone);
            }

            @Override
            public void remove(SeatHolder holder) {
                confirmRemoval(holder);
            }
        });
    }

    private void confirmRemoval(SeatHolder holder) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("seats.remove.title", holder.name()),
                getTranslation(holder.status().takesASeat() ? "seats.remove.enrolled"
                        : "seats.remove.waitlisted", offering.title()),
                getTranslation("seats.remove.confirm"), done -> {
            if (act(() -> seats.remove(holder.member(), offering.id()))) {
                Notification.show(getTranslation("seats.removed", holder.name()));
            }
        });
        confirm.setId("remove-dialog");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    /** Runs a seat command; a refusal (someone changed the seats meanwhile) is shown, and the lists reloaded. */
    private boolean act(Runnable command) {
        try {
            command.run();
            return true;
        } catch (EnrollmentRefused refused) {
            Notification.show(getTranslation(refused.messageKey()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        } finally {
            refresh();
        }
    }

    private void enrolled(MemberProfile member, MyEnrollment place) {
        refresh();
        Notification.show(place.status() == EnrollmentStatus.ENROLLED
                ? getTranslation("seats.enrolled.notice", member.displayName())
                : getTranslation("seats.waitlisted.notice", member.displayName(), place.waitlistPosition()));
    }

    private void moved(OfferingCard target, MyEnrollment place) {
        refresh();
        Notification.show(place.status() == EnrollmentStatus.ENROLLED
                ? getTranslation("seats.moved", target.code())
                : getTranslation("seats.moved.waitlisted", target.code(), place.waitlistPosition()));
    }

    private void refresh() {
        counts = enrollment.seats(List.of(offering)).get(offering.id());
        summary.setText(counts.capacity() == null
                ? getTranslation("seats.summary.unlimited", counts.enrolled(), counts.waitlisted())
                : getTranslation("seats.summary", counts.enrolled(), counts.capacity(), counts.waitlisted()));
        enrolledHeading.setText(getTranslation("seats.enrolled") + " (" + counts.enrolled() + ")");
        waitlistHeading.setText(getTranslation("seats.waitlist") + " (" + counts.waitlisted() + ")");
        fit(enrolled, counts.enrolled());
        fit(waitlist, counts.waitlisted());
        enrolled.getDataProvider().refreshAll();
        waitlist.getDataProvider().refreshAll();
    }

    /** A short list shows whole; a long one scrolls in a grid of fixed height, its pages loaded as they show. */
    private static void fit(Grid<SeatRow> grid, long rows) {
        boolean whole = rows <= WHOLE_LIST_ROWS;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "32rem");
    }


    /** On a phone: no attendance or place column (each name shows them), and the buttons show only icons. */
    void narrow(boolean narrow) {
        if (narrow != this.narrow) {
            this.narrow = narrow;
            enrolled.getColumnByKey("attendance").setVisible(!narrow);
            waitlist.getColumnByKey("position").setVisible(!narrow);
            enrolled.getDataProvider().refreshAll();
            waitlist.getDataProvider().refreshAll();
            enrolled.recalculateColumnWidths();
            waitlist.recalculateColumnWidths();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ViewerZone.resolve(attach.getUI(), members.preferredZone(), ZoneId.of("UTC"), viewerZone -> {
            zone = viewerZone;
            schedule.setText(TimeFormats.dayRange(offering.firstSessionStart(), offering.lastSessionEnd(), zone,
                    getLocale()));
        });
        WindowWidth.watch(attach, this::narrow);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("seats.title", offering == null ? "" : offering.title()) + " | "
                + getTranslation("app.title");
    }
}
