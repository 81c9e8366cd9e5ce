package org.centerformsc.portal;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.NewOffering;
import org.centerformsc.portal.catalog.NewProgram;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.catalog.SessionTime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds offerings for tests through the real catalog service; every code is unique per test run. */
public final class TestOffering {

    private final String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private String program = "TEST-PROGRAM";
    private String title = "Test offering " + code;
    private ZoneId zone = ZoneId.of("America/Los_Angeles");
    private OfferingFormat format = OfferingFormat.ONLINE;
    private String venue;
    private String language = "en";
    private Integer capacity = 10;
    private Price price = Price.free();
    private Instant opens = Instant.now().minus(Duration.ofDays(30));
    private Instant firstStart = Instant.now().plus(Duration.ofDays(14));
    private Instant closes;
    private Duration length = Duration.ofHours(2);
    private int weeks = 1;

    private org.centerformsc.portal.catalog.FeeOptions options;

    public static TestOffering offering() {
        return new TestOffering();
    }

    public TestOffering program(String programCode) { this.program = programCode; return this; }
    public TestOffering title(String value) { this.title = value; return this; }
    public TestOffering zone(ZoneId value) { this.zone = value; return this; }
    public TestOffering inPerson(String where) { this.format = OfferingFormat.IN_PERSON; this.venue = where; return this; }
    public TestOffering hybrid(String where) { this.format = OfferingFormat.HYBRID; this.venue = where; return this; }
    public TestOffering language(String value) { this.language = value; return this; }
    public TestOffering capacity(Integer value) { this.capacity = value; return this; }
    public TestOffering price(Price value) { this.price = value; return this; }
    public TestOffering registration(Instant from, Instant until) { this.opens = from; this.closes = until; return this; }
    public TestOffering firstSessionAt(Instant value) { this.firstStart = value; return this; }
    public TestOffering sessionLength(Duration value) { this.length = value; return this; }
    public TestOffering weeklySessions(int count) { this.weeks = count; return this; }
    public TestOffering feeOptions(org.centerformsc.portal.catalog.FeeOptions value) { this.options = value; return this; }

    public String code() {
        return code;
    }

    public OfferingId create(CatalogService catalog) {
        List<SessionTime> sessions = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            Instant start = firstStart.atZone(zone).plusWeeks(week).toInstant();
            sessions.add(new SessionTime(start, start.plus(length)));
        }
        NewOffering offering = new NewOffering(program, code, title, zone, format, venue, language, capacity, price,
                opens, closes == null ? firstStart : closes, List.of("Test Teacher"), sessions,
                format != OfferingFormat.IN_PERSON ? "https://meet.example.org/" + code : null);
        return TestLogins.asStaff(() -> {
            catalog.addProgramIfAbsent(new NewProgram(program, "Program " + program, "A program for tests"));
            OfferingId id = catalog.addOfferingIfAbsent(offering);
            if (options != null) {
                catalog.offerIfUnset(code, options);
            }
            return id;
        });
    }
}
