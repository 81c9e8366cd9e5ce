package org.centerformsc.portal.teaching;

import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.member.MemberId;

import java.util.List;

/** A teacher's public page: the fields they consented to show, and their upcoming offerings. */
public record PublicProfile(MemberId id, String name, TrainingLevel level, String bio, List<String> languages,
                            String city, String region, String countryCode, String website, boolean hasPhoto,
                            boolean online, boolean inPerson, List<OfferingCard> upcoming) {
}
