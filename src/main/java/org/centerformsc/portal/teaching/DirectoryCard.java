package org.centerformsc.portal.teaching;

import org.centerformsc.portal.member.MemberId;

import java.util.List;

/** A directory result: only what the teacher made public (city and languages are null/empty otherwise). */
public record DirectoryCard(MemberId id, String name, TrainingLevel level, String city, String countryCode,
                            Double distanceKm, List<String> languages, boolean online, boolean inPerson,
                            boolean hasPhoto) {
}
