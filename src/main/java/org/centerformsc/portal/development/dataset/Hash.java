package org.centerformsc.portal.development.dataset;

import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL expressions that make a row's values from its key alone, so every run writes the same rows. A row's MD5
 * (of a salt and its key) is cut into 24-bit slices, each an independent, well-spread number: slices 0..4 of
 * column {@code h}, 5..9 of {@code h2}. CRC32 would be cheaper but is linear, so two salts of one key would give
 * related numbers.
 */
final class Hash {

    private Hash() {
    }

    /** The hash columns {@code h} and {@code h2} to select in a derived table. */
    static String of(String salt, String key) {
        return "MD5(CONCAT('" + salt + ":', " + key + ")) AS h, MD5(CONCAT('" + salt + "+', " + key + ")) AS h2";
    }

    /** A number 0..n-1 from slice 0..9 of the row's hashes. */
    static String mod(int slice, int n) {
        return "MOD(" + slice(slice) + ", " + n + ")";
    }

    /** Slice 0..9 of the row's hashes: a number 0..16,777,215. */
    static String slice(int slice) {
        if (slice < 0 || slice > 9) {
            throw new IllegalArgumentException("slice " + slice);
        }
        return "CONV(SUBSTR(" + (slice < 5 ? "h" : "h2") + ", " + (1 + slice % 5 * 6) + ", 6), 16, 10)";
    }

    /** One of {@code values}, chosen by slice {@code slice}. */
    static String oneOf(int slice, List<String> values) {
        return "ELT(1 + " + mod(slice, values.size()) + ", " + quoted(values) + ")";
    }

    static String quoted(List<String> values) {
        return values.stream().map(Hash::quote).collect(Collectors.joining(", "));
    }

    static String quote(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
