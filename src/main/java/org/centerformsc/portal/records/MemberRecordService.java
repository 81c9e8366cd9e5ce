package org.centerformsc.portal.records;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberRoles;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.practice.PracticeService;
import org.centerformsc.portal.records.domain.StaffActionRepository;
import org.centerformsc.portal.replay.ReplayService;
import org.centerformsc.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff's member search and a member's page, composed from each feature's own services (docs/decisions/022): never
 * another feature's repository, and a few statements per section, none per row.
 */
@Service
public class MemberRecordService {

    /** How many of the latest staff actions the member's page lists. */
    public static final int AUDIT_LINES = 50;

    private final MemberService members;
    private final MemberRoles roles;
    private final EnrollmentService enrollment;
    private final CatalogService catalog;
    private final CompletionService completions;
    private final PracticeService practice;
    private final GivingService giving;
    private final ReplayService replays;
    private final StaffActionRepository actions;

    MemberRecordService(MemberService members, MemberRoles roles, EnrollmentService enrollment,
                        CatalogService catalog, CompletionService completions, PracticeService practice,
                        GivingService giving, ReplayService replays, StaffActionRepository actions) {
        this.members = members;
        this.roles = roles;
        this.enrollment = enrollment;
        this.catalog = catalog;
        this.completions = completions;
        this.practice = practice;
        this.giving = giving;
        this.replays = replays;
        this.actions = actions;
    }

    /**
     * One page of the members whose name, family name or e-mail address starts with {@code text}, by name, with
     * their roles: two statements. Blank text finds nobody and asks the database nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<MemberRow> find(String text, int offset, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<MemberProfile> found = members.find(text, offset, limit);
        Map<MemberId, Set<String>> theirRoles = roles.of(found.stream().map(MemberProfile::id).toList());
        return found.stream().map(profile -> new MemberRow(profile,
                theirRoles.getOrDefault(profile.id(), Set.of()))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countFound(String text) {
        return members.countFound(text);
    }

    /** A member's page; empty when there is no such member. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public Optional<MemberRecord> record(MemberId member) {
        return members.profileOf(member).map(profile -> new MemberRecord(profile,
                roles.of(List.of(member)).getOrDefault(member, Set.of()), places(member),
                completions.completionsOf(member), practice.summaryOf(member), giving.recurringGiftsOf(member),
                giving.countGiftsOf(member), replays.watchedBy(member), audit(member)));
    }

    /** One page of a member's gifts, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<GiftSummary> gifts(MemberId member, int offset, int limit) {
        return giving.giftsOf(member, offset, limit);
    }

    private List<EnrollmentLine> places(MemberId member) {
        List<MyEnrollment> places = enrollment.placesOf(member);
        Map<OfferingId, OfferingCard> offerings = catalog.offerings(places.stream().map(MyEnrollment::offeringId)
                .toList()).stream().map(OfferingDetails::card)
                .collect(Collectors.toMap(OfferingCard::id, Function.identity()));
        return places.stream().filter(place -> offerings.containsKey(place.offeringId())).map(place -> {
            OfferingCard offering = offerings.get(place.offeringId());
            return new EnrollmentLine(place, offering.code(), offering.title(), offering.firstSessionStart());
        }).toList();
    }

    private List<StaffActionLine> audit(MemberId member) {
        return actions.findByMemberIdOrderByActedAtDescIdDesc(member.value(), PageRequest.of(0, AUDIT_LINES))
                .stream().map(action -> new StaffActionLine(action.getActor(),
                        StaffActionKind.valueOf(action.getAction()), action.getDetail(), action.getActedAt()))
                .toList();
    }
}
