package org.centerformsc.portal.development.dataset;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The offerings, planned in Java because their sessions need real time-zone rules (a weekly course keeps its
 * local hour across a daylight-saving change). A fixed seed makes every run plan the same offerings:
 * {@link Random}'s sequence is specified by the JDK, not left to the implementation.
 */
final class OfferingPlan {

    /** The data set's "today": what is past, open for registration or to come is decided against it. */
    static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");
    private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 8);
    private static final int DAYS = 1_800;

    record Instructor(long memberId, String name, String zone) {
    }

    record Session(Instant startsAt, Instant endsAt) {
    }

    record Offering(long id, String code, Kind kind, String title, World.Region region, boolean inPerson,
                    Integer capacity, Long earlyBirdPrice, Instant opens, Instant closes, String status,
                    List<Session> sessions, List<Instructor> instructors, long demand) {

        Instant firstStart() {
            return sessions.get(0).startsAt();
        }

        Instant lastEnd() {
            return sessions.get(sessions.size() - 1).endsAt();
        }

        boolean published() {
            return status.equals("PUBLISHED");
        }
    }

    private OfferingPlan() {
    }

    /** {@code instructors} by time zone: an offering is taught by teachers of its own region where there are any. */
    static List<Offering> plan(int count, long idBase, Map<String, List<Instructor>> instructors) {
        Random random = new Random(20_261_201L);
        List<Instructor> anywhere = instructors.values().stream().flatMap(List::stream).toList();
        List<Offering> offerings = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            Kind kind = Kind.SLOTS.get(random.nextInt(Kind.SLOTS.size()));
            World.Region region = World.bySlot(random.nextInt(World.TOTAL_WEIGHT));
            ZoneId zone = ZoneId.of(region.zone());
            LocalDate first = FIRST_DAY.plusDays(random.nextInt(DAYS));
            boolean inPerson = kind.inPersonToo() && random.nextInt(3) == 0;
            Integer capacity = kind.minSeats() == null ? null
                    : kind.minSeats() + random.nextInt(kind.maxSeats() - kind.minSeats() + 1);
            Long earlyBird = kind.earlyBird() && random.nextBoolean() ? kind.priceMinor() * 9 / 10 : null;
            int roll = random.nextInt(100);
            List<Session> sessions = sessions(kind, first, zone);
            Instant start = sessions.get(0).startsAt();
            String status = roll < 3 ? "CANCELLED" : roll < 6 && start.isAfter(AS_OF) ? "DRAFT" : "PUBLISHED";
            List<Instructor> local = instructors.getOrDefault(region.zone(), anywhere);
            List<Instructor> teaching = new ArrayList<>();
            for (int i = kind.sessions() >= 5 ? 2 : 1; i > 0 && !local.isEmpty(); i--) {
                Instructor pick = local.get(random.nextInt(local.size()));
                if (!teaching.contains(pick)) {
                    teaching.add(pick);
                }
            }
            Instant opens = start.minus(Duration.ofDays(kind.minSeats() == null ? 60 : 120));
            String title = kind.title() + ", " + first.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                    + first.getYear() + (inPerson ? " in " + region.cities().get(0) : "");
            long demand = kind.minDraw() + random.nextInt(kind.maxDraw() - kind.minDraw() + 1);
            offerings.add(new Offering(idBase + k, "DS-" + kind.program() + "-" + String.format("%05d", k), kind,
                    title, region, inPerson, capacity, earlyBird, opens, start, status, sessions,
                    List.copyOf(teaching), demand(status, capacity, demand, opens, start)));
        }
        return offerings;
    }

    private static List<Session> sessions(Kind kind, LocalDate first, ZoneId zone) {
        List<Session> sessions = new ArrayList<>(kind.sessions());
        for (int i = 0; i < kind.sessions(); i++) {
            ZonedDateTime start = first.plusDays((long) i * kind.daysApart()).atTime(kind.startHour(), 0).atZone(zone);
            sessions.add(new Session(start.toInstant(), start.plusMinutes(kind.minutes()).toInstant()));
        }
        return sessions;
    }

    /**
     * How many people want in: none before registration opens (nor for drafts), part of it while registration
     * is open, a third of it for cancelled offerings (all of whom were withdrawn).
     */
    private static long demand(String status, Integer capacity, long draw, Instant opens, Instant closes) {
        if (status.equals("DRAFT") || !opens.isBefore(AS_OF)) {
            return 0;
        }
        long wanted = capacity == null ? draw : capacity * draw / 100;
        if (closes.isAfter(AS_OF)) {
            wanted = wanted * Duration.between(opens, AS_OF).toMinutes() / Duration.between(opens, closes).toMinutes();
        }
        return status.equals("CANCELLED") ? wanted / 3 : wanted;
    }
}
