package org.centerformsc.portal.enrollment;

import java.time.YearMonth;

/** How many places in a program's offerings were confirmed in one month. */
public record ProgramMonthCount(String programCode, YearMonth month, long enrollments) {
}
