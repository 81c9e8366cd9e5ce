package org.centerformsc.portal.member;

import java.util.List;
import java.util.Map;

/**
 * What one feature holds about a member, for the member's right to a copy and to erasure (docs/decisions/024).
 * Every feature that keeps personal data has one bean implementing this; the privacy feature finds them all. A table
 * with personal data that no holder names fails {@code PersonalDataCoverageTest}.
 */
public interface PersonalData {

    /** A short name for the holder, also the name of its file in the download ("giving" for giving.json). */
    String name();

    /** The tables this holder exports from and erases in. */
    List<String> tables();

    /** The member's own rows, by section ("gifts", "recurringGifts"), each row a column-to-value map. */
    Map<String, List<Map<String, Object>>> export(MemberId member);

    /**
     * Erases or anonymises what this holder keeps about the member, inside the caller's transaction; the answer
     * counts the rows touched per table (for the erasure audit, which holds no personal data).
     */
    Map<String, Integer> erase(MemberId member);
}
