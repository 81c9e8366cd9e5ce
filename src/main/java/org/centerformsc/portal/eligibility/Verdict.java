package org.centerformsc.portal.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The engine's answer for one member and one offering: eligible; eligible from a date (a prerequisite the member
 * is enrolled in ends then, early enough); or not yet, with what is missing.
 */
public record Verdict(Kind kind, LocalDate eligibleFrom, List<Missing> missing) {

    public enum Kind { ELIGIBLE, ELIGIBLE_FROM, NOT_YET }

    public static Verdict eligible() {
        return new Verdict(Kind.ELIGIBLE, null, List.of());
    }

    public static Verdict eligibleFrom(LocalDate date) {
        return new Verdict(Kind.ELIGIBLE_FROM, date, List.of());
    }

    public static Verdict notYet(List<Missing> missing) {
        return new Verdict(Kind.NOT_YET, null, List.copyOf(missing));
    }

    public boolean allowsEnrollment() {
        return kind != Kind.NOT_YET;
    }

    /** True when this verdict is at least as good for the member as {@code other}. */
    public boolean isAtLeastAsGoodAs(Verdict other) {
        if (kind != other.kind) {
            return kind.ordinal() < other.kind.ordinal();
        }
        return kind != Kind.ELIGIBLE_FROM || !eligibleFrom.isAfter(other.eligibleFrom);
    }
}
