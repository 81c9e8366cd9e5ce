package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import org.centerformsc.portal.completion.AttendanceSummary;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.SeatHolder;

/**
 * A member on a seats page: name and e-mail address, and whether their seat is only held while they pay. On a phone, where the attendance and place columns are
 * hidden, it also shows the attendance, and the place in line before the name.
 */
class MemberCell extends Div {

    MemberCell(SeatRow row, boolean narrow) {
        SeatHolder holder = row.holder();
        boolean numbered = narrow && holder.status() == EnrollmentStatus.WAITLISTED;
        add(new Div(numbered ? holder.waitlistPosition() + ". " + holder.name() : holder.name()));
        if (holder.email() != null) {
            Div email = new Div(holder.email());
            email.addClassNames("program-name", "seat-email");
            add(email);
        }
        if (holder.status() == EnrollmentStatus.HELD) {
            // the seat is taken, but not paid for yet: it goes back to the line if the payment does not come
            Div held = new Div(getTranslation("seats.status.held"));
            held.addClassNames("program-name", "seat-held");
            add(held);
        }
        if (narrow && row.attendance() != null) {
            Div attendance = new Div(getTranslation("seats.attendance") + ": " + attendance(row.attendance()));
            attendance.addClassName("program-name");
            add(attendance);
        }
    }

    /** "3/8": present at 3 of 8 sessions; empty while waiting. */
    static String attendance(AttendanceSummary attendance) {
        return attendance == null ? ""
                : I18NProvider.translate("seats.attendance.value", attendance.present(), attendance.sessions());
    }
}
