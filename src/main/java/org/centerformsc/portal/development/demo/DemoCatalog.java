package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.NewOffering;
import org.centerformsc.portal.catalog.NewProgram;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.catalog.SessionTime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.centerformsc.portal.catalog.ProgramLevel.ADVANCED;

/**
 * The programs and offerings of the CMSC newsletter of February 2026 (docs/demo-data.md lists which facts come
 * from it and which prices and times are assumed), plus later cohorts of the recurring programs.
 */
final class DemoCatalog {

    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final ZoneId ARIZONA = ZoneId.of("America/Phoenix");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String USD = "USD";

    static final List<String> TAUGHT_BY_DEMO_TEACHER = List.of("LOMSC-2026-12", "LOMSC-2027-01", "LOMSC-2027-02",
            "MSC-NYC-2027-01", "MSC-5DAY-2027-05");

    private DemoCatalog() {
    }

    static List<NewProgram> programs() {
        return List.of(
                new NewProgram("MSC", "Mindful Self-Compassion (8-week)",
                        "The core MSC course: eight weekly sessions that teach how to treat yourself the way you would treat a good friend."),
                new NewProgram("LOMSC", "Live Online Mindful Self-Compassion",
                        "The full practices and theory of MSC in ten live online weeks, taught by certified teachers worldwide. New cohorts every month."),
                new NewProgram("MSC-INTENSIVE", "MSC 5-Day Intensive",
                        "The complete MSC program in five days, in person or online."),
                new NewProgram("SILENT-RETREAT", "MSC Silent Retreat (5 days, live online)",
                        "Five days of silent practice. Required for teacher training, completed at least two months before it starts.", ADVANCED),
                new NewProgram("TEACHER-TRAINING", "MSC Teacher Training (live online)",
                        "Live online training for those who want to teach MSC.", ADVANCED),
                new NewProgram("SC-SHAME", "Self-Compassion for Shame (5-day intensive)",
                        "An advanced MSC course offering a compassionate, non-pathological approach to shame. For those who completed a full MSC program and keep a daily practice.", ADVANCED),
                new NewProgram("SCHC", "Self-Compassion for Healthcare Communities",
                        "Six weeks of on-the-spot tools for resilience, emotional balance and sustainable care for people working in healthcare."),
                new NewProgram("SCIP-1", "Self-Compassion in Psychotherapy (SCIP) Level 1",
                        "Live online training for therapists; admission by application.", ADVANCED),
                new NewProgram("SELF-FORGIVENESS", "Self-Forgiveness: Steps to Healing Shame",
                        "A three-hour workshop: talks, exercises and discussion of the five steps to self-forgiveness. Everyone is welcome."),
                new NewProgram("IWD-RETREAT", "International Women's Day Mini-Retreat",
                        "A free three-hour live online retreat; join at the top of any hour."),
                new NewProgram("CIRCLES", "Circles of Practice",
                        "Free daily practice sessions with the global MSC community."));
    }

    /**
     * Assumed: the monthly Live Online MSC cohorts and the New York course have a sliding scale, and every paid
     * course of the later cohorts takes scholarship requests (docs/demo-data.md).
     */
    static final java.util.Map<String, FeeOptions> FEE_OPTIONS = feeOptions();

    private static java.util.Map<String, FeeOptions> feeOptions() {
        java.util.Map<String, FeeOptions> options = new java.util.LinkedHashMap<>();
        laterCohorts().forEach(offering -> options.put(offering.code(), new FeeOptions(null, null, true)));
        for (String code : List.of("LOMSC-2026-12", "LOMSC-2027-01", "LOMSC-2027-02")) {
            options.put(code, new FeeOptions(39_500L, 75_000L, true));
        }
        options.put("MSC-NYC-2027-01", new FeeOptions(29_500L, 65_000L, true));
        return options;
    }

    static List<NewOffering> offerings() {
        List<NewOffering> offerings = new ArrayList<>(newsletterOfferings());
        offerings.addAll(laterCohorts());
        return offerings;
    }

    private static List<NewOffering> newsletterOfferings() {
        return List.of(
                online("SELF-FORGIVENESS", "SF-2026-02", "Self-Forgiveness: Steps to Healing Shame", "en", 200,
                        Price.of(USD, 9500), List.of("Chris Germer"),
                        Schedule.once(LocalDate.of(2026, 2, 25), LocalTime.of(8, 0), LocalTime.of(11, 0), PACIFIC)),
                online("SCHC", "SCHC-2026-02", "Self-Compassion for Healthcare Communities", "en", 40,
                        Price.of(USD, 29500), List.of("Adrienne Gaudet"),
                        Schedule.weekly(LocalDate.of(2026, 2, 25), LocalDate.of(2026, 4, 1), LocalTime.of(9, 0),
                                LocalTime.of(10, 0), PACIFIC)),
                online("IWD-RETREAT", "IWD-2026", "The Courage to Speak, The Right to Belong", "en", null,
                        Price.free(), List.of("Laila Narsi", "Marta Alonso", "Noriko Morita Harth", "Heather Shaughnessy-Cato"),
                        Schedule.once(LocalDate.of(2026, 3, 7), LocalTime.of(8, 0), LocalTime.of(11, 0), PACIFIC)),
                shameIntensive(),
                online("TEACHER-TRAINING", "LOTT-28", "Live Online Teacher Training (LOTT-28)", "en", 60,
                        new Price(USD, 395000, 365000L, LocalDate.of(2026, 2, 7).atStartOfDay(PACIFIC).toInstant()),
                        List.of("Steve Hickman", "Michelle Becker"),
                        Schedule.weekly(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 6, 23), LocalTime.of(8, 0),
                                LocalTime.of(11, 0), PACIFIC)),
                online("SILENT-RETREAT", "SR-2026-04", "Live Online 5-Day MSC Silent Retreat", "en", 120,
                        Price.of(USD, 59500), List.of("Christopher Germer"),
                        Schedule.daily(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 19), LocalTime.of(8, 0),
                                LocalTime.of(14, 0), PACIFIC)),
                online("SCIP-1", "SCIP-1-2026", "Self-Compassion in Psychotherapy Level 1", "en", 40,
                        Price.of(USD, 145000), List.of("Chris Germer"),
                        Schedule.weekly(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 7, 6), LocalTime.of(9, 0),
                                LocalTime.of(11, 0), PACIFIC)),
                online("TEACHER-TRAINING", "LOTT-29", "Live Online Teacher Training (LOTT-29)", "en", 60,
                        new Price(USD, 395000, 365000L, LocalDate.of(2026, 5, 1).atStartOfDay(PACIFIC).toInstant()),
                        List.of("Steve Hickman", "Michelle Becker"),
                        Schedule.weekly(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 16), LocalTime.of(16, 0),
                                LocalTime.of(19, 0), PACIFIC)));
    }

    private static NewOffering shameIntensive() {
        List<SessionTime> sessions = new ArrayList<>(
                Schedule.once(LocalDate.of(2026, 3, 22), LocalTime.of(16, 0), LocalTime.of(19, 0), ARIZONA));
        sessions.addAll(Schedule.daily(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 26), LocalTime.of(9, 0),
                LocalTime.of(17, 0), ARIZONA));
        sessions.addAll(Schedule.once(LocalDate.of(2026, 3, 27), LocalTime.of(9, 0), LocalTime.of(12, 0), ARIZONA));
        return new NewOffering("SC-SHAME", "SCS-SEDONA-2026", "Self-Compassion for Shame 5-Day Intensive, Sedona",
                ARIZONA, OfferingFormat.IN_PERSON, "Sedona Mago Retreat Center, Sedona, Arizona", "en", 36,
                new Price(USD, 149500, 129500L, LocalDate.of(2026, 2, 23).atStartOfDay(ARIZONA).toInstant()),
                LocalDate.of(2025, 11, 1).atStartOfDay(ARIZONA).toInstant(), sessions.get(0).startsAt(),
                List.of("Chris Germer", "David Fredrickson", "Carolina Bautista-Velez"), sessions, null);
    }

    private static List<NewOffering> laterCohorts() {
        List<NewOffering> cohorts = new ArrayList<>();
        // two seats only, so that the demo accounts can fill it and try the waitlist (docs/demo-data.md)
        cohorts.add(online("SELF-FORGIVENESS", "SF-2027-02", "Self-Forgiveness: Steps to Healing Shame", "en", 2,
                Price.of(USD, 9500), List.of("Chris Germer"),
                Schedule.once(LocalDate.of(2027, 2, 24), LocalTime.of(8, 0), LocalTime.of(11, 0), PACIFIC)));
        for (LocalDate first : List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 2, 2))) {
            cohorts.add(online("LOMSC", "LOMSC-" + first.getYear() + "-" + String.format("%02d", first.getMonthValue()),
                    "Live Online MSC, " + first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                            + " " + first.getYear(), "en", 25,
                    new Price(USD, 55000, 49500L, first.minusWeeks(4).atStartOfDay(PACIFIC).toInstant()),
                    List.of("Jordan Ellis"),
                    Schedule.weekly(first, first.plusWeeks(9), LocalTime.of(9, 0), LocalTime.of(11, 0), PACIFIC)));
        }
        cohorts.add(new NewOffering("LOMSC", "LOMSC-2027-01-DE", "Live Online MSC auf Deutsch", BERLIN,
                OfferingFormat.ONLINE, null, "de", 20, Price.of("EUR", 49000),
                LocalDate.of(2026, 10, 1).atStartOfDay(BERLIN).toInstant(),
                LocalDate.of(2027, 1, 11).atStartOfDay(BERLIN).toInstant(), List.of("Anna Keller"),
                Schedule.weekly(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 3, 15), LocalTime.of(19, 0),
                        LocalTime.of(21, 0), BERLIN), joinLink("LOMSC-2027-01-DE")));
        cohorts.add(new NewOffering("MSC", "MSC-NYC-2027-01", "Mindful Self-Compassion, 8 weeks in New York",
                NEW_YORK, OfferingFormat.IN_PERSON, "Community room, Upper West Side, New York", "en", 24,
                new Price(USD, 49500, 44500L, LocalDate.of(2027, 1, 1).atStartOfDay(NEW_YORK).toInstant()),
                LocalDate.of(2026, 10, 1).atStartOfDay(NEW_YORK).toInstant(),
                LocalDate.of(2027, 1, 14).atStartOfDay(NEW_YORK).toInstant(), List.of("Jordan Ellis"),
                Schedule.weekly(LocalDate.of(2027, 1, 14), LocalDate.of(2027, 3, 4), LocalTime.of(18, 0),
                        LocalTime.of(20, 45), NEW_YORK), null));
        cohorts.add(online("MSC-INTENSIVE", "MSC-5DAY-2027-05", "MSC 5-Day Intensive (live online)", "en", 40,
                Price.of(USD, 69500), List.of("Jordan Ellis"),
                Schedule.daily(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 7), LocalTime.of(8, 0),
                        LocalTime.of(15, 0), PACIFIC)));
        cohorts.add(online("SC-SHAME", "SCS-ONLINE-2027-04", "Self-Compassion for Shame (live online)", "en", 30,
                new Price(USD, 69500, 62500L, LocalDate.of(2027, 3, 1).atStartOfDay(PACIFIC).toInstant()),
                List.of("Chris Germer", "Carolina Bautista-Velez"),
                Schedule.weekly(LocalDate.of(2027, 4, 6), LocalDate.of(2027, 5, 25), LocalTime.of(9, 0),
                        LocalTime.of(11, 0), PACIFIC)));
        cohorts.add(online("CIRCLES", "CIRCLES-2026-12", "Circles of Practice, December", "en", null, Price.free(),
                List.of("Noriko Morita Harth", "Heather Shaughnessy-Cato"),
                Schedule.daily(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), LocalTime.of(12, 0),
                        LocalTime.of(12, 45), PACIFIC)));
        return cohorts;
    }

    /** A live online offering planned in Pacific time whose registration closes when the first session starts. */
    private static NewOffering online(String program, String code, String title, String language, Integer capacity,
                                      Price price, List<String> teachers, List<SessionTime> sessions) {
        return new NewOffering(program, code, title, PACIFIC, OfferingFormat.ONLINE, null, language, capacity, price,
                sessions.get(0).startsAt().minus(java.time.Duration.ofDays(120)), sessions.get(0).startsAt(),
                teachers, sessions, joinLink(code));
    }

    /** Demo join links point nowhere on purpose (.invalid is reserved); real ones come from staff. */
    private static String joinLink(String code) {
        return "https://meet.centerformsc.invalid/" + code.toLowerCase(java.util.Locale.ROOT);
    }
}
