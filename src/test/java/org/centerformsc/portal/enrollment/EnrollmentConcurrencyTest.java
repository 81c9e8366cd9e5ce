package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** No overbooking, ever: 50 members race for 10 seats on the real MariaDB; nobody gets two places. */
@IntegrationTest
class EnrollmentConcurrencyTest {

    private static final int SEATS = 10;
    private static final int MEMBERS = 50;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Test
    void fiftyConcurrentEnrollmentsFillTenSeatsAndWaitlistTheRestInOrder() throws Exception {
        OfferingId offering = TestOffering.offering().capacity(SEATS).create(catalog);
        List<OAuth2AuthenticationToken> racers = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String subject = "racer-" + i + "-" + UUID.randomUUID();
            members.recordSignIn(new MemberIdentity(TestLogins.ISSUER, subject), "Racer " + i, null, null);
            racers.add(TestLogins.token(subject, "Racer " + i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MyEnrollment>> results = new ArrayList<>();
        for (OAuth2AuthenticationToken racer : racers) {
            results.add(pool.submit(() -> {
                start.await();
                return TestLogins.as(racer, () -> enrollment.enroll(offering));
            }));
        }
        start.countDown();
        List<MyEnrollment> outcomes = new ArrayList<>();
        for (Future<MyEnrollment> result : results) {
            outcomes.add(result.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(e -> e.status() == EnrollmentStatus.ENROLLED).hasSize(SEATS);
        assertThat(outcomes).filteredOn(e -> e.status() == EnrollmentStatus.WAITLISTED).hasSize(MEMBERS - SEATS);
        OfferingCard card = catalog.offering(offering).orElseThrow().card();
        Seats seats = enrollment.seats(List.of(card)).get(offering);
        assertThat(seats.enrolled()).isEqualTo(SEATS);
        assertThat(seats.waitlisted()).isEqualTo(MEMBERS - SEATS);
        // the line is in request order: positions 1..40, each given once, earlier requests first
        List<MyEnrollment> line = racers.stream()
                .map(racer -> TestLogins.as(racer, () -> enrollment.myEnrollment(offering)).orElseThrow())
                .filter(e -> e.status() == EnrollmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(MyEnrollment::waitlistPosition)).toList();
        assertThat(line).extracting(MyEnrollment::waitlistPosition)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, MEMBERS - SEATS).boxed().toList());
        assertThat(line).extracting(MyEnrollment::requestedAt).isSortedAccordingTo(Comparator.naturalOrder());
    }

    /**
     * The course opening of issue 17 at its size: 200 members, one thread each, press Enroll at the same moment for
     * 50 seats. Its wall time is EnrollmentRaceBenchmark's; here only the outcome counts.
     */
    @Test
    void twoHundredMembersAtOnceFillFiftySeatsAndWaitlistTheOtherHundredAndFifty() throws Exception {
        int seats = 50;
        int racers = 200;
        OfferingId offering = TestOffering.offering().capacity(seats).create(catalog);
        List<OAuth2AuthenticationToken> members = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String subject = "opening-" + i + "-" + UUID.randomUUID();
            this.members.recordSignIn(new MemberIdentity(TestLogins.ISSUER, subject), "Opener " + i, null, null);
            members.add(TestLogins.token(subject, "Opener " + i));
        }

        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MyEnrollment>> results = new ArrayList<>();
        for (OAuth2AuthenticationToken member : members) {
            results.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                return TestLogins.as(member, () -> enrollment.enroll(offering));
            }));
        }
        ready.await();
        start.countDown();
        List<MyEnrollment> outcomes = new ArrayList<>();
        for (Future<MyEnrollment> result : results) {
            outcomes.add(result.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(outcomes).filteredOn(e -> e.status() == EnrollmentStatus.ENROLLED).hasSize(seats);
        assertThat(outcomes).filteredOn(e -> e.status() == EnrollmentStatus.WAITLISTED).hasSize(racers - seats);
        OfferingCard card = catalog.offering(offering).orElseThrow().card();
        Seats taken = enrollment.seats(List.of(card)).get(offering);
        assertThat(taken.enrolled()).isEqualTo(seats);
        assertThat(taken.waitlisted()).isEqualTo(racers - seats);
        List<Integer> line = members.stream()
                .map(member -> TestLogins.as(member, () -> enrollment.myEnrollment(offering)).orElseThrow())
                .filter(e -> e.status() == EnrollmentStatus.WAITLISTED).map(MyEnrollment::waitlistPosition).sorted()
                .toList();
        assertThat(line).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, racers - seats).boxed().toList());
    }

    @Test
    void aMemberClickingEnrollManyTimesAtOnceGetsOnePlace() throws Exception {
        OfferingId offering = TestOffering.offering().capacity(SEATS).create(catalog);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Dora Doubleclick");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> clicks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clicks.add(pool.submit(() -> {
                start.await();
                try {
                    return TestLogins.as(member, () -> enrollment.enroll(offering)).status().name();
                } catch (EnrollmentRefused refused) {
                    return refused.messageKey();
                }
            }));
        }
        start.countDown();
        List<String> answers = new ArrayList<>();
        for (Future<String> click : clicks) {
            answers.add(click.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(answers).containsOnlyOnce("ENROLLED").filteredOn(answer -> !answer.equals("ENROLLED"))
                .containsOnly("enrollment.refused.already").hasSize(7);
        OfferingCard card = catalog.offering(offering).orElseThrow().card();
        assertThat(enrollment.seats(List.of(card)).get(offering).enrolled()).isEqualTo(1);
    }
}
