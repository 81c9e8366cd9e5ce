package org.centerformsc.portal.practice;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/** A member's practice: current streak, days in the condition's window, and one month's entries. */
public record PracticeSummary(int streak, int daysInWindow, int requiredDays, int windowDays, YearMonth month,
                              Set<LocalDate> practicedDays, List<Entry> entries) {

    public record Entry(LocalDate day, int minutes, String practice, String note) {
    }
}
