package org.centerformsc.portal.fees;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.giving.CoursePaymentReported;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100 members race for 10 paid seats: holds, payments in time, holds running out while the expiry job runs, and
 * payments arriving after their hold, all in a random order and at once. Never more than 10 seats are given, and no
 * money is kept for a seat not given: every payment ends with its member seated or refunded in full.
 */
@IntegrationTest
class PaidSeatRaceTest {

    private static final int MEMBERS = 100;
    private static final int SEATS = 10;
    private static final Price PRICE = Price.of("USD", 10_000);

    @Autowired
    CheckoutService checkout;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    CoursePaymentRepository payments;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void neverMoreThanTenSeatsAndEveryPaymentSeatedOrRefunded() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        OfferingId offering = TestOffering.offering().capacity(SEATS).price(PRICE).create(catalog);
        List<OAuth2AuthenticationToken> racers = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            racers.add(TestLogins.signedUp(members, "Racer " + i));
        }
        Map<Long, OAuth2AuthenticationToken> byMemberId = new java.util.HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            all(pool, racers.stream().<Callable<Object>>map(racer -> () ->
                    TestLogins.as(racer, () -> enrollment.enroll(offering))).toList());
            racers.forEach(racer -> byMemberId.put(memberId(racer, offering), racer));
            List<Long> latePayments = new ArrayList<>();
            for (int round = 0; round < 40 && !held(offering).isEmpty(); round++) {
                List<Callable<Object>> work = new ArrayList<>();
                for (long member : held(offering)) {
                    OAuth2AuthenticationToken racer = byMemberId.get(member);
                    if (random.nextInt(10) < 6) {
                        work.add(() -> TestLogins.as(racer, () -> checkout.pay(offering, "/courses/race")));
                    } else {
                        // went to the provider's page, and the hold ran out before the money came
                        latePayments.add(pendingPayment(offering, member));
                        endHold(offering, member);
                    }
                }
                work.add(() -> SystemAuthentication.asSystem(enrollment::releaseExpiredHolds));
                List<Long> reports = new ArrayList<>(latePayments);
                Collections.shuffle(reports, random);
                reports.stream().limit(random.nextInt(reports.size() + 1)).forEach(payment -> {
                    work.add(() -> report(payment));
                    latePayments.remove(payment);
                });
                Collections.shuffle(work, random);
                all(pool, work);
            }
            all(pool, latePayments.stream().<Callable<Object>>map(payment -> () -> report(payment)).toList());
        } finally {
            pool.shutdown();
        }

        String why = "seed " + seed;
        Map<String, Object> seats = jdbc.queryForMap("""
                SELECT SUM(status = 'ENROLLED') AS enrolled, SUM(status = 'HELD') AS held
                FROM enrollment WHERE offering_id = ?""", offering.value());
        assertThat(((Number) seats.get("enrolled")).longValue() + ((Number) seats.get("held")).longValue())
                .as(why).isLessThanOrEqualTo(SEATS);
        assertThat(count("SELECT COUNT(*) FROM course_payment WHERE offering_id = ? AND status = 'PENDING'", offering))
                .as("every payment reported was settled, " + why).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM course_payment p WHERE p.offering_id = ? AND p.status = 'PAID' AND NOT EXISTS (
                  SELECT 1 FROM enrollment e WHERE e.offering_id = p.offering_id AND e.member_id = p.member_id
                  AND e.status = 'ENROLLED')""", offering)).as("money kept without a seat, " + why).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM course_payment p WHERE p.offering_id = ? AND p.status = 'REFUNDED'
                AND p.refunded_minor <> p.amount_minor""", offering)).as("partial refunds, " + why).isZero();
        assertThat(count("""
                SELECT COUNT(*) FROM enrollment e WHERE e.offering_id = ? AND e.status = 'ENROLLED' AND NOT EXISTS (
                  SELECT 1 FROM course_payment p WHERE p.offering_id = e.offering_id AND p.member_id = e.member_id
                  AND p.status = 'PAID')""", offering)).as("seats given without payment, " + why).isZero();
        assertThat(count("SELECT COUNT(*) FROM course_payment WHERE offering_id = ? AND status = 'PAID'", offering))
                .as(why).isBetween(1L, (long) SEATS);
    }

    private List<Long> held(OfferingId offering) {
        return jdbc.queryForList("SELECT member_id FROM enrollment WHERE offering_id = ? AND status = 'HELD'",
                Long.class, offering.value());
    }

    private long memberId(OAuth2AuthenticationToken racer, OfferingId offering) {
        return jdbc.queryForObject("SELECT id FROM member WHERE subject = ?", Long.class,
                racer.getPrincipal().<String>getAttribute("sub"));
    }

    private long pendingPayment(OfferingId offering, long member) {
        Instant requested = jdbc.queryForObject("SELECT requested_at FROM enrollment WHERE offering_id = ? "
                + "AND member_id = ? AND status = 'HELD'", java.sql.Timestamp.class, offering.value(), member).toInstant();
        return new TransactionTemplate(transactions).execute(status -> payments.save(new CoursePayment(offering.value(),
                member, "race-" + offering.value() + "-" + member + "-" + requested.toEpochMilli(),
                PriceQuote.of(PRICE, Instant.now()), "offline", Instant.now())).getId());
    }

    private void endHold(OfferingId offering, long member) {
        jdbc.update("UPDATE enrollment SET hold_expires_at = ? WHERE offering_id = ? AND member_id = ? "
                + "AND status = 'HELD'", java.sql.Timestamp.from(Instant.now().minusSeconds(1)), offering.value(), member);
    }

    private Object report(long payment) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(
                new CoursePaymentReported(payment, "pi_race_" + payment, new Money(10_000, "USD"), Instant.now())));
        return null;
    }

    private long count(String sql, OfferingId offering) {
        return jdbc.queryForObject(sql, Long.class, offering.value());
    }

    private static void all(ExecutorService pool, List<Callable<Object>> work) throws Exception {
        for (Future<Object> done : pool.invokeAll(work)) {
            done.get();
        }
    }
}
