package org.centerformsc.portal.development.dataset;

import java.util.List;

/**
 * What an offering of each demo program looks like: how many sessions, how far apart, how long, at what local
 * hour, how many seats (null: unlimited) and its price. {@code minDraw..maxDraw} is the demand it draws: a
 * percentage of its seats, or with unlimited seats a number of people. Demand is later scaled so that all
 * offerings together hold exactly the data set's enrollments.
 */
record Kind(String program, String title, int sessions, int daysApart, int startHour, int minutes, Integer minSeats,
            Integer maxSeats, long priceMinor, boolean earlyBird, boolean inPersonToo, int minDraw, int maxDraw) {

    private static final Kind CIRCLES = new Kind("CIRCLES", "Circles of Practice", 1, 0, 12, 45, null, null, 0,
            false, false, 300, 1_000);
    private static final Kind FORGIVENESS = new Kind("SELF-FORGIVENESS", "Self-Forgiveness: Steps to Healing Shame",
            1, 0, 8, 180, 150, 400, 9_500, false, false, 60, 130);
    private static final Kind IWD = new Kind("IWD-RETREAT", "International Women's Day Mini-Retreat", 1, 0, 8, 180,
            null, null, 0, false, false, 800, 1_600);
    private static final Kind LOMSC = new Kind("LOMSC", "Live Online MSC", 10, 7, 9, 120, 20, 30, 55_000, true,
            false, 60, 150);
    private static final Kind MSC = new Kind("MSC", "Mindful Self-Compassion (8 weeks)", 8, 7, 18, 165, 12, 24,
            49_500, true, true, 60, 150);
    private static final Kind INTENSIVE = new Kind("MSC-INTENSIVE", "MSC 5-Day Intensive", 5, 1, 9, 420, 30, 40,
            69_500, false, true, 60, 150);
    private static final Kind RETREAT = new Kind("SILENT-RETREAT", "MSC Silent Retreat", 5, 1, 8, 360, 60, 120,
            59_500, false, false, 60, 130);
    private static final Kind SHAME = new Kind("SC-SHAME", "Self-Compassion for Shame", 5, 1, 9, 420, 24, 36,
            69_500, true, true, 60, 150);
    private static final Kind TRAINING = new Kind("TEACHER-TRAINING", "MSC Teacher Training", 12, 7, 8, 180, 40, 60,
            395_000, true, false, 80, 160);
    private static final Kind HEALTHCARE = new Kind("SCHC", "Self-Compassion for Healthcare Communities", 6, 7, 9,
            60, 30, 40, 29_500, false, false, 50, 120);

    /**
     * Twenty slots, so that about 45% of offerings are one-session events (free circles and retreats, workshops)
     * and the rest courses: about 4.65 sessions per offering.
     */
    static final List<Kind> SLOTS = List.of(CIRCLES, CIRCLES, CIRCLES, CIRCLES, CIRCLES, FORGIVENESS, FORGIVENESS,
            FORGIVENESS, IWD, LOMSC, LOMSC, LOMSC, MSC, MSC, INTENSIVE, INTENSIVE, RETREAT, SHAME, TRAINING,
            HEALTHCARE);

    static List<String> programs() {
        return SLOTS.stream().map(Kind::program).distinct().toList();
    }
}
