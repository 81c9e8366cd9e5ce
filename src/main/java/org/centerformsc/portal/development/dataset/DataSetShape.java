package org.centerformsc.portal.development.dataset;

/**
 * How many rows of each kind the data set has: the organisation's size times {@code scale}. The demo accounts'
 * heavy history comes on top and does not scale.
 */
record DataSetShape(int members, int offerings, int enrollments, int gifts, int recurringGifts, int completions,
                    int practiceEntries, int teachers) {

    /**
     * Events hold up to two thousand enrollments each, so fewer members cannot fill them, and the demo participant's
     * 40 enrollments need about a hundred offerings.
     */
    static final double SMALLEST_SCALE = 0.02;

    static DataSetShape scaled(double scale) {
        if (scale < SMALLEST_SCALE || scale > 1) {
            throw new IllegalArgumentException("portal.dataset.scale must lie between " + SMALLEST_SCALE
                    + " and 1, not " + scale);
        }
        return new DataSetShape(count(250_000, scale), count(5_000, scale), count(1_000_000, scale),
                count(400_000, scale), count(50_000, scale), count(100_000, scale), count(1_000_000, scale),
                count(10_000, scale));
    }

    /** Every 25th member is a teacher. */
    int teacherStride() {
        return members / teachers;
    }

    /**
     * A prime near 7,919 that does not divide the member count: stepping through the members by it (modulo their
     * count) visits each once before any twice.
     */
    long memberStep() {
        java.math.BigInteger step = java.math.BigInteger.valueOf(7_919);
        while (java.math.BigInteger.valueOf(members).mod(step).signum() == 0) {
            step = step.nextProbablePrime();
        }
        return step.longValueExact();
    }

    private static int count(int full, double scale) {
        return (int) Math.round(full * scale);
    }
}
