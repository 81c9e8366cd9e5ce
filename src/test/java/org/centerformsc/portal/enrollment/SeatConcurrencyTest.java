package org.centerformsc.portal.enrollment;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff actions never overbook either: members enrolling themselves, staff enrolling others and staff moving members
 * into and out of one offering all at once, on the real MariaDB. Moves in both directions between the same two
 * offerings also show that taking two turns cannot deadlock.
 */
@IntegrationTest
class SeatConcurrencyTest {

    private static final int SEATS = 5;

    @Autowired
    SeatService seats;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Test
    void enrollingAndMovingAtOnceNeverOverbooksAndLeavesEveryoneOnePlace() throws Exception {
        String program = "RACE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        OfferingId target = TestOffering.offering().program(program).capacity(SEATS).create(catalog);
        OfferingId source = TestOffering.offering().program(program).capacity(null).create(catalog);
        List<MemberId> leaving = members("leaving", 2, target);
        List<MemberId> movers = members("mover", 10, source);
        List<MemberId> phonedIn = members("phoned-in", 5, null);
        List<OAuth2AuthenticationToken> selfEnrolling = IntStream.range(0, 10)
                .mapToObj(i -> TestLogins.signedUp(members, "self-" + i)).toList();

        List<Callable<Object>> work = new ArrayList<>();
        leaving.forEach(member -> work.add(() -> TestLogins.asStaff(() -> seats.move(member, target, source))));
        movers.forEach(member -> work.add(() -> TestLogins.asStaff(() -> seats.move(member, source, target))));
        phonedIn.forEach(member -> work.add(() -> TestLogins.asStaff(() -> seats.enrollOnBehalf(target, member))));
        selfEnrolling.forEach(token -> work.add(() -> TestLogins.as(token, () -> enrollment.enroll(target))));
        runAtOnce(work);

        List<SeatHolder> inTarget = TestLogins.asStaff(() -> seats.seatsOf(target));
        List<SeatHolder> inSource = TestLogins.asStaff(() -> seats.seatsOf(source));
        assertThat(inTarget).filteredOn(holder -> holder.status() == EnrollmentStatus.ENROLLED).hasSize(SEATS);
        assertThat(inTarget).filteredOn(holder -> holder.status() == EnrollmentStatus.WAITLISTED)
                .extracting(SeatHolder::waitlistPosition)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 25 - SEATS).boxed().toList());
        List<MemberId> targetMembers = inTarget.stream().map(SeatHolder::member).toList();
        List<MemberId> sourceMembers = inSource.stream().map(SeatHolder::member).toList();
        assertThat(targetMembers).doesNotHaveDuplicates().containsAll(movers).containsAll(phonedIn)
                .doesNotContainAnyElementsOf(leaving);
        assertThat(sourceMembers).containsExactlyInAnyOrderElementsOf(leaving);
    }

    /** {@code count} members, each already holding a place in {@code offering} when it is not null. */
    private List<MemberId> members(String name, int count, OfferingId offering) {
        List<MemberId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OAuth2AuthenticationToken token = TestLogins.signedUp(members, name + "-" + i);
            if (offering != null) {
                TestLogins.as(token, () -> enrollment.enroll(offering));
            }
            ids.add(TestLogins.as(token, members::currentMemberId));
        }
        return ids;
    }

    private static void runAtOnce(Collection<Callable<Object>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (Callable<Object> task : work) {
            results.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        try {
            for (Future<Object> result : results) {
                result.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
}
