package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.development.dataset.OfferingPlan.Offering;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/**
 * How the enrollments spread over the offerings: each offering's demand, scaled so that the offerings together
 * hold exactly the wanted number, split into enrolled (never more than the seats), waitlisted (only where every
 * seat is taken) and withdrawn. Each offering's enrollments are its own run of members, so no member is in an
 * offering twice.
 */
final class EnrollmentPlan {

    /** Offering {@code offering} gets enrollments {@code first..first+count-1}; its members start at a hashed one. */
    record Share(Offering offering, long first, int count, int enrolled, int waitlisted, int memberStart) {
    }

    /** One of the demo participant's enrollments. */
    record DemoEnrollment(Offering offering, String status) {
    }

    private final List<Share> shares = new ArrayList<>();
    private final List<DemoEnrollment> demo = new ArrayList<>();

    EnrollmentPlan(List<Offering> offerings, int enrollments, int members) {
        long demand = offerings.stream().mapToLong(Offering::demand).sum();
        Random random = new Random(40_301L);
        long before = 0;
        long cumulative = 0;
        for (Offering offering : offerings) {
            cumulative += offering.demand();
            // rounding the running total, not each share, makes the shares add up exactly
            long upTo = demand == 0 ? 0 : cumulative * enrollments / demand;
            int count = (int) (upTo - before);
            if (count > members) {
                throw new IllegalStateException(offering.code() + " would need " + count + " enrollments from "
                        + members + " members: use a larger scale");
            }
            shares.add(share(offering, before, count, random.nextInt(members)));
            before = upTo;
        }
    }

    private static Share share(Offering offering, long first, int count, int memberStart) {
        if (offering.status().equals("CANCELLED")) {
            return new Share(offering, first, count, 0, 0, memberStart);
        }
        int active = count - count * (offering.capacity() == null ? 6 : 12) / 100;
        int enrolled = offering.capacity() == null ? active : Math.min(active, offering.capacity());
        return new Share(offering, first, count, enrolled, active - enrolled, memberStart);
    }

    List<Share> shares() {
        return shares;
    }

    List<DemoEnrollment> demo() {
        return demo;
    }

    /**
     * The demo participant's history: 20 past courses, 14 to come (registration open), and 6 waitlist places in
     * full offerings; where the data set is too small for that, more past courses. Each seat taken counts against
     * the offering's capacity.
     */
    void addDemoParticipant(int wanted) {
        List<Share> shuffled = new ArrayList<>(shares);
        Collections.shuffle(shuffled, new Random(51_015L));
        take(shuffled, 20, share -> hasSeat(share) && share.offering().lastEnd().isBefore(OfferingPlan.AS_OF),
                "ENROLLED");
        take(shuffled, 14, share -> hasSeat(share) && share.offering().firstStart().isAfter(OfferingPlan.AS_OF),
                "ENROLLED");
        take(shuffled, 6, EnrollmentPlan::isFull, "WAITLISTED");
        take(shuffled, wanted - demo.size(), EnrollmentPlan::hasSeat, "ENROLLED");
        if (demo.size() < wanted) {
            throw new IllegalStateException("Only " + demo.size() + " offerings could take the demo participant: "
                    + "use a larger scale");
        }
    }

    private void take(List<Share> candidates, int count, Predicate<Share> fits, String status) {
        int taken = 0;
        for (int i = 0; i < candidates.size() && taken < count; i++) {
            Share share = candidates.get(i);
            if (open(share) && fits.test(share)
                    && demo.stream().noneMatch(mine -> mine.offering() == share.offering())) {
                demo.add(new DemoEnrollment(share.offering(), status));
                taken++;
                if (status.equals("ENROLLED")) {
                    int index = shares.indexOf(share);
                    Share taking = new Share(share.offering(), share.first(), share.count(), share.enrolled() + 1,
                            share.waitlisted(), share.memberStart());
                    shares.set(index, taking);
                    candidates.set(i, taking);
                }
            }
        }
    }

    /** Published, and registration has opened by the data set's day. */
    private static boolean open(Share share) {
        return share.offering().published() && share.offering().opens().isBefore(OfferingPlan.AS_OF);
    }

    private static boolean hasSeat(Share share) {
        return share.offering().capacity() == null || share.enrolled() < share.offering().capacity();
    }

    private static boolean isFull(Share share) {
        return share.offering().capacity() != null && share.enrolled() == share.offering().capacity();
    }
}
