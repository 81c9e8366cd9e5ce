package org.centerformsc.portal.records.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.completion.CompletionLine;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.giving.RecurringGiftView;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.practice.PracticeSummary;
import org.centerformsc.portal.records.EnrollmentLine;
import org.centerformsc.portal.records.MemberRecordService;
import org.centerformsc.portal.records.StaffActionLine;
import org.centerformsc.portal.replay.ReplayWatched;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The sections of a member's page, each a heading and its list. The lists are the member's own rows, few, except
 * gifts, which page in the database.
 */
class MemberSections extends Div {

    private static final int GIFTS_PAGE = 20;

    private final Consumer<GiftSummary> resend;
    private ZoneId zone = ZoneId.of("UTC");

    MemberSections(Consumer<GiftSummary> resend) {
        this.resend = resend;
    }

    void zone(ZoneId zone) {
        this.zone = zone;
    }

    Component places(List<EnrollmentLine> places) {
        Grid<EnrollmentLine> grid = grid("records-places-grid");
        grid.addColumn(line -> line.offeringCode() + " · " + line.offeringTitle())
                .setHeader(getTranslation("records.place.offering")).setFlexGrow(2).setKey("offering");
        grid.addColumn(line -> TimeFormats.date(line.startsAt(), zone, getLocale()))
                .setHeader(getTranslation("records.place.starts")).setAutoWidth(true);
        grid.addColumn(line -> status(line.place().status(), line.place().waitlistPosition()))
                .setHeader(getTranslation("records.place.status")).setAutoWidth(true).setKey("status");
        grid.setItems(places);
        return section("records-places", "records.places", places.isEmpty(), "records.places.empty", grid);
    }

    Component completions(List<CompletionLine> completions) {
        Grid<CompletionLine> grid = grid("records-completions-grid");
        grid.addColumn(line -> line.programName() == null ? line.programCode() : line.programName())
                .setHeader(getTranslation("records.completion.program")).setFlexGrow(2).setKey("program");
        grid.addColumn(line -> line.completedOn() == null ? "" : TimeFormats.day(line.completedOn(), getLocale()))
                .setHeader(getTranslation("records.completion.day")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation("records.completion.source." + line.source().name())
                        + (line.organisation() == null ? "" : " · " + line.organisation()))
                .setHeader(getTranslation("records.completion.source")).setAutoWidth(true);
        grid.addColumn(line -> getTranslation("records.completion.status." + line.status().name()))
                .setHeader(getTranslation("records.completion.status")).setAutoWidth(true).setKey("status");
        grid.setItems(completions);
        return section("records-completions", "records.completions", completions.isEmpty(),
                "records.completions.empty", grid);
    }

    Component practice(PracticeSummary practice) {
        Paragraph summary = new Paragraph(getTranslation("records.practice.summary", practice.streak(),
                practice.daysInWindow(), practice.windowDays()));
        summary.setId("records-practice-summary");
        return section("records-practice", "records.practice", false, null, summary);
    }

    Component gifts(MemberId member, long count, MemberRecordService records) {
        Grid<GiftSummary> grid = grid("records-gifts-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight(count > 6 ? "22rem" : "12rem");
        grid.setPageSize(GIFTS_PAGE);
        grid.addColumn(gift -> TimeFormats.date(gift.givenAt(), zone, getLocale()))
                .setHeader(getTranslation("records.gift.date")).setAutoWidth(true);
        grid.addColumn(gift -> TimeFormats.money(gift.amount().minorUnits(), gift.amount().currency(), getLocale()))
                .setHeader(getTranslation("records.gift.amount")).setAutoWidth(true);
        grid.addColumn(gift -> getTranslation("giving.designation." + gift.designation().name().toLowerCase(Locale.ROOT))
                        + (gift.campaign() == null ? "" : " · " + gift.campaign()))
                .setHeader(getTranslation("records.gift.designation")).setFlexGrow(2);
        grid.addComponentColumn(this::resendButton).setHeader(getTranslation("records.gift.receipt"))
                .setAutoWidth(true).setKey("receipt");
        grid.setItems(query -> records.gifts(member, query.getOffset(), query.getLimit()).stream(),
                query -> (int) count);
        Paragraph total = new Paragraph(getTranslation("records.gifts.count", count));
        total.setId("records-gifts-count");
        return section("records-gifts", "records.gifts", count == 0, "records.gifts.empty", total, grid);
    }

    Component recurring(List<RecurringGiftView> gifts) {
        Grid<RecurringGiftView> grid = grid("records-recurring-grid");
        grid.addColumn(gift -> TimeFormats.money(gift.amount().minorUnits(), gift.amount().currency(), getLocale())
                        + " · " + getTranslation("giving.frequency." + gift.frequency().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("records.gift.amount")).setAutoWidth(true);
        grid.addColumn(gift -> getTranslation("giving.designation." + gift.designation().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("records.gift.designation")).setFlexGrow(2);
        grid.addColumn(gift -> getTranslation("records.recurring.status." + gift.status().name())
                        + (gift.paymentFailed() ? " · " + getTranslation("records.recurring.failed") : ""))
                .setHeader(getTranslation("records.recurring.status")).setAutoWidth(true);
        grid.addColumn(gift -> gift.nextChargeOn() == null ? "" : TimeFormats.day(gift.nextChargeOn(), getLocale()))
                .setHeader(getTranslation("records.recurring.next")).setAutoWidth(true);
        grid.setItems(gifts);
        return section("records-recurring", "records.recurring", gifts.isEmpty(), "records.recurring.empty", grid);
    }

    Component replays(List<ReplayWatched> replays) {
        Grid<ReplayWatched> grid = grid("records-replays-grid");
        grid.addColumn(ReplayWatched::title).setHeader(getTranslation("records.replay.title")).setFlexGrow(2);
        grid.addColumn(watched -> getTranslation("records.replay.position", minutes(watched.positionSeconds()),
                minutes(watched.durationSeconds()))).setHeader(getTranslation("records.replay.watched"))
                .setAutoWidth(true);
        grid.addColumn(watched -> TimeFormats.moment(watched.lastWatchedAt(), zone, getLocale()))
                .setHeader(getTranslation("records.replay.last")).setAutoWidth(true);
        grid.setItems(replays);
        return section("records-replays", "records.replays", replays.isEmpty(), "records.replays.empty", grid);
    }

    Component audit(List<StaffActionLine> audit) {
        Grid<StaffActionLine> grid = grid("records-audit-grid");
        grid.addColumn(line -> TimeFormats.moment(line.actedAt(), zone, getLocale()))
                .setHeader(getTranslation("records.audit.when")).setAutoWidth(true);
        grid.addColumn(StaffActionLine::actor).setHeader(getTranslation("records.audit.who")).setFlexGrow(1);
        grid.addColumn(line -> getTranslation("records.audit.kind." + line.kind().name()) + ": " + line.detail())
                .setHeader(getTranslation("records.audit.what")).setFlexGrow(2).setKey("what");
        grid.setItems(audit);
        return section("records-audit", "records.audit", audit.isEmpty(), "records.audit.empty", grid);
    }

    private String status(EnrollmentStatus status, int position) {
        return getTranslation("records.place.status." + status.name(), position);
    }

    private Button resendButton(GiftSummary gift) {
        Button button = new Button(getTranslation("records.gift.resend"), click -> resend.accept(gift));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("records.gift.resend.label",
                TimeFormats.money(gift.amount().minorUnits(), gift.amount().currency(), getLocale()),
                TimeFormats.date(gift.givenAt(), zone, getLocale())));
        button.addClassName("records-resend");
        return button;
    }

    /** "12:05": minutes and seconds of a replay. */
    private static String minutes(int seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** A heading and its list, or the sentence saying there is nothing to list. */
    private Div section(String id, String headingKey, boolean empty, String emptyKey, Component... body) {
        Div section = new Div(new H2(getTranslation(headingKey)));
        section.setId(id);
        section.addClassName("records-section");
        section.getStyle().set("margin-bottom", "var(--lumo-space-l)");
        if (empty && emptyKey != null) {
            Paragraph nothing = new Paragraph(getTranslation(emptyKey));
            nothing.addClassName("records-empty");
            section.add(nothing);
        } else {
            section.add(body);
        }
        return section;
    }
}
