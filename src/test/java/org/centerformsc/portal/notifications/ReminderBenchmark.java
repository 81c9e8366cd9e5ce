package org.centerformsc.portal.notifications;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.SharedTestMailServer;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * 10,000 members of one session, all reminded at the same minute: how long recording and delivering the reminders
 * to a local SMTP server (GreenMail) takes, and how long pages take to render before and while the sender works.
 * A measurement, not a test (docs/benchmarks.md): {@code ./mvnw test -Dtest=ReminderBenchmark}.
 */
class ReminderBenchmark extends KaribuTest {

    private static final int MEMBERS = 10_000;
    private int page;

    @Autowired
    SessionReminders reminders;

    @Autowired
    NotificationSender sender;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void tenThousandRemindersAtTheSameMinute() throws Exception {
        Instant start = Instant.parse("2029-01-10T17:00:00Z");
        String title = "Benchmark circle " + UUID.randomUUID().toString().substring(0, 6);
        OfferingId offering = TestOffering.offering().title(title).firstSessionAt(start).weeklySessions(1)
                .create(catalog);
        enrollMembers(offering);
        signInAs("reader-" + UUID.randomUUID(), "Rita Reader");

        renders(300); // warm-up: the JIT, Vaadin's caches
        List<Long> before = renders(200);

        Instant due = start.minus(SessionReminders.HOUR_BEFORE);
        long recordStart = System.nanoTime();
        Integer recorded = transaction.execute(status -> reminders.recordBetween(due.minusSeconds(60), due));
        long recordMillis = (System.nanoTime() - recordStart) / 1_000_000;

        int mailsBefore = SharedTestMailServer.server().getReceivedMessages().length;
        long sendStart = System.nanoTime();
        CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(
                () -> SystemAuthentication.asSystem(() -> sender.sendDue(due)));
        List<Long> during = new ArrayList<>();
        while (!sending.isDone()) {
            during.addAll(renders(5));
        }
        int sent = sending.get();
        long sendMillis = (System.nanoTime() - sendStart) / 1_000_000;
        int arrived = SharedTestMailServer.server().getReceivedMessages().length - mailsBefore;

        System.out.printf("%nREMINDERS recorded=%d in %d ms (one statement); sent=%d, arrived at the SMTP server=%d"
                        + " in %d ms (%.0f per second)%n", recorded, recordMillis, sent, arrived, sendMillis,
                sent * 1000.0 / sendMillis);
        System.out.printf("PAGES (catalog, notifications) before: %s; while sending: %s%n", summary(before),
                summary(during));
    }

    /** Members and their seats straight into the tables: what matters here is the reminders, not the enrolling. */
    private void enrollMembers(OfferingId offering) {
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Object[]> people = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            people.add(new Object[] {"bench-" + run + "-" + i, "Member " + i, "bench-" + run + "-" + i
                    + "@example.org", i % 3 == 0 ? "de-DE" : "en-US", i % 2 == 0 ? "Europe/Berlin" : "America/Chicago",
                    now});
        }
        jdbc.batchUpdate("INSERT INTO member (issuer, subject, display_name, email, locale, time_zone, created_at)"
                + " VALUES ('https://bench.invalid', ?, ?, ?, ?, ?, ?)", people);
        jdbc.update("""
                INSERT INTO enrollment (offering_id, member_id, status, currency, price_due_minor, requested_at,
                                        confirmed_at)
                SELECT ?, id, 'ENROLLED', 'USD', 0, ?, ? FROM member WHERE subject LIKE ?""",
                offering.value(), now, now, "bench-" + run + "-%");
    }

    /** Milliseconds per page render, alternating the catalog and the member's notifications. */
    private List<Long> renders(int count) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long begin = System.nanoTime();
            // always another page than the last: navigating to the page one is on renders nothing
            UI.getCurrent().navigate(page++ % 2 == 0 ? "catalog" : "notifications");
            MockVaadin.clientRoundtrip();
            times.add((System.nanoTime() - begin) / 1_000_000);
        }
        return times;
    }

    private static String summary(List<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format("%d renders, median %d ms, p95 %d ms, max %d ms", sorted.length,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                Arrays.stream(sorted).max().orElse(0));
    }
}
