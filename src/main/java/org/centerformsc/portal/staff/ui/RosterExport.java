package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.completion.AttendanceSummary;
import org.centerformsc.portal.completion.RosterService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.SeatHolder;
import org.centerformsc.portal.enrollment.SeatService;
import org.centerformsc.portal.member.MemberId;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An offering's roster and waitlist as a CSV download: name, e-mail, status and attendance ("present/sessions"),
 * the headers and statuses in the staff member's language. Built when the link is followed, from two queries.
 */
final class RosterExport {

    private final SeatService seats;
    private final RosterService rosters;
    private final OfferingCard offering;
    private final Locale locale;

    RosterExport(SeatService seats, RosterService rosters, OfferingCard offering, Locale locale) {
        this.seats = seats;
        this.rosters = rosters;
        this.offering = offering;
        this.locale = locale;
    }

    DownloadHandler download() {
        return DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv();
            return new DownloadResponse(new ByteArrayInputStream(csv), "roster-" + offering.code() + ".csv",
                    "text/csv; charset=UTF-8", csv.length);
        });
    }

    byte[] csv() {
        List<SeatHolder> holders = seats.seatsOf(offering.id());
        Map<MemberId, AttendanceSummary> attendance = rosters.attendance(offering.id(), holders.stream()
                .filter(holder -> holder.status() == EnrollmentStatus.ENROLLED).map(SeatHolder::member).toList());
        List<String> header = List.of(text("seats.name"), text("seats.email"), text("seats.status"),
                text("seats.attendance"));
        return RosterCsv.write(header, holders.stream().map(holder -> List.of(holder.name(),
                holder.email() == null ? "" : holder.email(), status(holder),
                attendance(attendance.get(holder.member())))).toList());
    }

    private String status(SeatHolder holder) {
        return switch (holder.status()) {
            case ENROLLED -> text("seats.status.enrolled");
            case HELD -> text("seats.status.held");
            default -> text("seats.status.waitlisted", holder.waitlistPosition());
        };
    }

    private String attendance(AttendanceSummary summary) {
        return summary == null ? "" : text("seats.attendance.value", summary.present(), summary.sessions());
    }

    /** The download runs outside the view's request, so it translates with the locale the view had. */
    private String text(String key, Object... parameters) {
        return I18NProvider.translate(locale, key, parameters);
    }
}
