package org.centerformsc.portal.teaching;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.places.Place;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.domain.DirectorySearch;
import org.centerformsc.portal.teaching.domain.TeacherProfile;
import org.centerformsc.portal.teaching.domain.TeacherProfileRepository;
import org.centerformsc.portal.teaching.domain.TeacherStanding;
import org.centerformsc.portal.teaching.domain.TeacherStandingRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The public teacher directory and the teacher's own entry in it. Public answers are built from consented fields
 * only; the name is public once the teacher lists themselves.
 */
@Service
public class DirectoryService {

    static final int MAX_BIO = 4000;
    public static final int MAX_PHOTO_BYTES = 2 * 1024 * 1024;
    private static final Set<String> LANGUAGE_CODES = Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toUnmodifiableSet());

    private final TeacherProfileRepository profiles;
    private final TeacherStandingRepository standings;
    private final DirectorySearch search;
    private final Gazetteer gazetteer;
    private final CatalogService catalog;
    private final MemberService members;
    private final PathwayService pathway;
    private final Clock clock;

    DirectoryService(TeacherProfileRepository profiles, TeacherStandingRepository standings, DirectorySearch search,
                     Gazetteer gazetteer, CatalogService catalog, MemberService members, PathwayService pathway,
                     Clock clock) {
        this.profiles = profiles;
        this.standings = standings;
        this.search = search;
        this.gazetteer = gazetteer;
        this.catalog = catalog;
        this.members = members;
        this.pathway = pathway;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DirectoryCard> search(DirectoryQuery query, int offset, int limit) {
        return search.search(query, near(query), Math.max(0, offset), Math.max(1, Math.min(limit, 100)));
    }

    @Transactional(readOnly = true)
    public long count(DirectoryQuery query) {
        return search.count(query, near(query));
    }

    /** A listed teacher's public page; empty for anyone not listed, so unlisted teachers cannot be probed. */
    @Transactional(readOnly = true)
    public Optional<PublicProfile> publicProfile(MemberId teacher) {
        return profiles.findById(teacher.value()).filter(TeacherProfile::isListed).map(p -> {
            Instant now = clock.instant();
            List<OfferingCard> upcoming = catalog.offeringsTaughtBy(teacher).stream()
                    .filter(o -> o.published() && o.lastSessionEnd().isAfter(now))
                    .sorted(Comparator.comparing(OfferingCard::firstSessionStart)).toList();
            return new PublicProfile(teacher, p.getDisplayName(), levelOf(teacher),
                    p.isBioPublic() ? p.getBio() : null,
                    p.isLanguagesPublic() ? p.getLanguages().stream().sorted().toList() : List.of(),
                    p.isLocationPublic() ? p.getCityName() : null, p.isLocationPublic() ? p.getRegion() : null,
                    p.isLocationPublic() ? p.getCountryCode() : null, p.isWebsitePublic() ? p.getWebsite() : null,
                    p.isPhotoPublic() && p.getPhoto() != null, p.isTeachesOnline(), p.isTeachesInPerson(), upcoming);
        });
    }

    @Transactional(readOnly = true)
    public Optional<Photo> publicPhoto(MemberId teacher) {
        return profiles.findById(teacher.value())
                .filter(p -> p.isListed() && p.isPhotoPublic() && p.getPhoto() != null)
                .map(p -> new Photo(p.getPhoto(), p.getPhotoType()));
    }

    /** The signed-in teacher's entry; a new one is unlisted and private, named as at the identity provider. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public DirectoryEntry myEntry() {
        return profiles.findById(members.currentMemberId().value()).map(DirectoryService::entry)
                .orElseGet(() -> new DirectoryEntry(members.currentProfile().orElseThrow().displayName(), false, null,
                        false, Set.of(), false, null, false, null, false, false, false, false, false));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public Optional<Photo> myPhoto() {
        return profiles.findById(members.currentMemberId().value()).filter(p -> p.getPhoto() != null)
                .map(p -> new Photo(p.getPhoto(), p.getPhotoType()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void saveMyEntry(DirectoryEntry entry) {
        MemberId me = members.currentMemberId();
        save(me, entry);
        if (!standings.existsById(me.value())) {
            pathway.myTraining();
        }
    }

    /**
     * Someone the identity provider no longer calls a teacher leaves the directory at their next sign-in; their
     * entry is kept, unlisted, for the day the role comes back.
     */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public void unlistFormerTeacher(MemberId member) {
        profiles.findById(member.value()).filter(TeacherProfile::isListed).ifPresent(profile -> {
            profile.unlist(clock.instant());
            profiles.save(profile);
        });
    }

    /** Staff bring in an entry from an older directory, with the consents the teacher gave there (demo data). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void importEntry(MemberId teacher, DirectoryEntry entry) {
        save(teacher, entry);
    }

    private void save(MemberId me, DirectoryEntry entry) {
        String name = PathwayService.requireText(entry.displayName(), 200, "directory.refused.name");
        String bio = entry.bio() == null || entry.bio().isBlank() ? null : entry.bio().strip();
        if (bio != null && bio.length() > MAX_BIO) {
            throw new TrainingInputRefused("directory.refused.bio");
        }
        Set<String> languages = entry.languages() == null ? Set.of() : Set.copyOf(entry.languages());
        if (languages.size() > 12 || !LANGUAGE_CODES.containsAll(languages)) {
            throw new TrainingInputRefused("directory.refused.languages");
        }
        Place city = null;
        if (entry.cityId() != null && !entry.cityId().isBlank()) {
            city = gazetteer.place(entry.cityId()).filter(Place::isCity)
                    .orElseThrow(() -> new TrainingInputRefused("directory.refused.city"));
        }
        TeacherProfile profile = profiles.findById(me.value())
                .orElseGet(() -> new TeacherProfile(me.value(), name, clock.instant()));
        profile.describe(name, bio, languages, website(entry.website()), entry.online(), entry.inPerson(),
                clock.instant());
        if (city == null) {
            profile.locate(null, null, null, null, null, null);
        } else {
            profile.locate(city.id(), city.name(), city.region(), city.countryCode(), city.latitude(),
                    city.longitude());
        }
        profile.consent(entry.listed(), entry.bioPublic(), entry.languagesPublic(), entry.locationPublic(),
                entry.websitePublic(), entry.photoPublic());
        profiles.save(profile);
    }

    /** PNG or JPEG (by content, not name) up to 2 MB; null removes the photo. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.TEACHER + "')")
    public void saveMyPhoto(byte[] content) {
        MemberId me = members.currentMemberId();
        String type = null;
        if (content != null) {
            if (content.length > MAX_PHOTO_BYTES) {
                throw new TrainingInputRefused("directory.refused.photo-size");
            }
            type = imageType(content).orElseThrow(() -> new TrainingInputRefused("directory.refused.photo-type"));
        }
        TeacherProfile profile = profiles.findById(me.value()).orElseGet(() -> new TeacherProfile(me.value(),
                members.currentProfile().orElseThrow().displayName(), clock.instant()));
        profile.photo(content, type, clock.instant());
        profiles.save(profile);
    }

    private TrainingLevel levelOf(MemberId teacher) {
        return standings.findById(teacher.value()).map(TeacherStanding::getLevel).orElse(TrainingLevel.IN_TRAINING);
    }

    private Place near(DirectoryQuery query) {
        if (query.placeId() == null || query.placeId().isBlank()) {
            return null;
        }
        return gazetteer.place(query.placeId()).orElseThrow(() -> new TrainingInputRefused("directory.refused.place"));
    }

    /** Only http(s) addresses, so a link can never run script. */
    private static String website(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String address = text.strip();
        if (!address.matches("(?i)https?://.*")) {
            address = "https://" + address;
        }
        try {
            URI uri = new URI(address);
            if (uri.getHost() == null || !uri.getHost().contains(".") || address.length() > 300) {
                throw new TrainingInputRefused("directory.refused.website");
            }
            return uri.toString();
        } catch (java.net.URISyntaxException e) {
            throw new TrainingInputRefused("directory.refused.website");
        }
    }

    private static Optional<String> imageType(byte[] content) {
        if (content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N'
                && content[3] == 'G') {
            return Optional.of("image/png");
        }
        if (content.length > 3 && (content[0] & 0xff) == 0xff && (content[1] & 0xff) == 0xd8
                && (content[2] & 0xff) == 0xff) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static DirectoryEntry entry(TeacherProfile p) {
        return new DirectoryEntry(p.getDisplayName(), p.isListed(), p.getBio(), p.isBioPublic(), p.getLanguages(),
                p.isLanguagesPublic(), p.getCityId(), p.isLocationPublic(), p.getWebsite(), p.isWebsitePublic(),
                p.getPhoto() != null, p.isPhotoPublic(), p.isTeachesOnline(), p.isTeachesInPerson());
    }
}
