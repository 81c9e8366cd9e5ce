package org.centerformsc.portal.staff.ui;

import org.centerformsc.portal.completion.AttendanceSummary;
import org.centerformsc.portal.enrollment.SeatHolder;

/** A member with a place in an offering and, when enrolled, their attendance (null while waiting). */
record SeatRow(SeatHolder holder, AttendanceSummary attendance) {
}
