package org.centerformsc.portal.eligibility;

import java.util.List;

/** A verdict with the offerings that would close its gaps; {@code ruled} is false for programs open to all. */
public record Explanation(Verdict verdict, List<Suggestion> suggestions, boolean ruled) {
}
