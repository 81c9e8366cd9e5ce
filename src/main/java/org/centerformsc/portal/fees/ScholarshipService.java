package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.fees.domain.ScholarshipRequest;
import org.centerformsc.portal.fees.domain.ScholarshipRequestRepository;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.FundTotal;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scholarship fund (docs/decisions/018): a member asks with a short reason, staff grant a percentage or an amount
 * of the standard price or decline with a reason, and the member pays the reduced price through the usual checkout.
 */
@Service
public class ScholarshipService {

    static final int MAX_REASON = 1000;

    private final ScholarshipRequestRepository requests;
    private final CoursePaymentRepository payments;
    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private final GivingService giving;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ScholarshipService(ScholarshipRequestRepository requests, CoursePaymentRepository payments, CatalogService catalog,
                       EnrollmentService enrollment, MemberService members, GivingService giving,
                       ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.payments = payments;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.members = members;
        this.giving = giving;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in member's latest request for this offering, with the price a grant makes now. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<MyScholarship> myScholarship(OfferingId offering) {
        return requests.findFirstByMemberIdAndOfferingIdOrderByRequestedAtDesc(members.currentMemberId().value(),
                offering.value()).map(request -> {
                    ScholarshipGrant grant = request.getGrant();
                    PriceQuote price = grant == null ? null : priceWith(grant, card(offering)).orElse(null);
                    return new MyScholarship(request.getStatus(), request.getReason(), request.getRequestedAt(), grant,
                            price, request.getDeclineReason());
                });
    }

    /**
     * The signed-in member asks for a scholarship toward a paid offering that takes requests, before it starts.
     *
     * @throws ScholarshipRefused when the course takes none, the reason is missing or long, they asked already or
     *                            paid already
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void ask(OfferingId offering, String reason) {
        OfferingCard course = card(offering);
        Instant now = clock.instant();
        if (!course.published() || !course.feeOptions().scholarships() || course.price().isFree()
                || !now.isBefore(course.firstSessionStart())) {
            throw new ScholarshipRefused("reason", "scholarship.refused.notoffered");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new ScholarshipRefused("reason", "scholarship.refused.reason");
        }
        if (enrollment.myEnrollment(offering).filter(place -> place.status() == EnrollmentStatus.ENROLLED)
                .isPresent()) {
            throw new ScholarshipRefused("reason", "scholarship.refused.enrolled");
        }
        MemberId me = members.currentMemberId();
        if (requests.findFirstByMemberIdAndOfferingIdOrderByRequestedAtDesc(me.value(), offering.value())
                .filter(request -> request.getStatus() != ScholarshipStatus.DECLINED).isPresent()) {
            throw new ScholarshipRefused("reason", "scholarship.refused.asked");
        }
        try {
            requests.saveAndFlush(new ScholarshipRequest(offering.value(), me.value(), why, now));
        } catch (DataIntegrityViolationException twoTabs) {
            // the unique open request per member and offering: the other tab asked a moment ago
            throw new ScholarshipRefused("reason", "scholarship.refused.asked");
        }
    }

    /** One page of the requests awaiting a decision, oldest first: three statements whatever the page. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<ScholarshipRequestRow> awaiting(int offset, int limit) {
        int size = Math.max(1, limit);
        List<ScholarshipRequest> page = requests.findByStatusOrderByRequestedAtAsc(ScholarshipStatus.REQUESTED,
                PageRequest.of(offset / size, size));
        Map<MemberId, MemberProfile> who = members.profiles(page.stream()
                .map(request -> new MemberId(request.getMemberId())).distinct().toList());
        Map<OfferingId, OfferingCard> courses = catalog.offerings(page.stream()
                        .map(request -> new OfferingId(request.getOfferingId())).distinct().toList()).stream()
                .map(OfferingDetails::card).collect(Collectors.toMap(OfferingCard::id, Function.identity()));
        Instant now = clock.instant();
        return page.stream().map(request -> {
            MemberProfile member = who.get(new MemberId(request.getMemberId()));
            OfferingCard course = courses.get(new OfferingId(request.getOfferingId()));
            PriceQuote standard = PriceQuote.of(course.price(), now);
            return new ScholarshipRequestRow(request.getId(), member.displayName(), member.email(), course.id(),
                    course.code(), course.title(), course.zone(), course.firstSessionStart(), standard.currency(),
                    standard.amountMinor(), request.getReason(), request.getRequestedAt());
        }).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countAwaiting() {
        return requests.countByStatus(ScholarshipStatus.REQUESTED);
    }

    /**
     * Staff grant {@code percent} of the standard price, or {@code amount} off it in the offering's currency (exactly
     * one of them). An amount above the regular price, a percentage outside 1 to 100 or a request decided already is
     * refused and nothing is stored.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void grant(long requestId, Integer percent, BigDecimal amount) {
        ScholarshipRequest request = open(requestId);
        OfferingCard course = card(new OfferingId(request.getOfferingId()));
        if ((percent == null) == (amount == null)) {
            throw new ScholarshipRefused("amount", "scholarship.refused.grant");
        }
        ScholarshipGrant grant;
        if (percent != null) {
            if (percent < 1 || percent > 100) {
                throw new ScholarshipRefused("percent", "scholarship.refused.percent");
            }
            grant = ScholarshipGrant.percent(percent);
        } else {
            String currency = course.price().currency();
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > digits) {
                throw new ScholarshipRefused("amount", "scholarship.refused.amount");
            }
            long minor = amount.movePointRight(digits).longValue();
            if (amount.movePointRight(digits).compareTo(BigDecimal.valueOf(course.price().regularMinor())) > 0) {
                throw new ScholarshipRefused("amount", "scholarship.refused.overprice");
            }
            grant = ScholarshipGrant.amount(minor, currency);
        }
        request.grant(grant, members.actorName(), clock.instant());
        events.publishEvent(new ScholarshipDecided(requestId, new MemberId(request.getMemberId()), course.id(), grant,
                null));
    }

    /** Staff decline a request, with the reason the member will read. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void decline(long requestId, String reason) {
        ScholarshipRequest request = open(requestId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new ScholarshipRefused("declineReason", "scholarship.refused.declinereason");
        }
        request.decline(why, members.actorName(), clock.instant());
        events.publishEvent(new ScholarshipDecided(requestId, new MemberId(request.getMemberId()),
                new OfferingId(request.getOfferingId()), null, why));
    }

    /**
     * The fund over [from, until): gifts designated to it beside what scholarships covered of fees paid, per currency,
     * and the decisions made. Summed in SQL: five statements whatever the number of gifts.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public ScholarshipReport report(Instant from, Instant until) {
        Map<String, long[]> byCurrency = new TreeMap<>();
        for (FundTotal gifts : giving.fundTotals(Designation.CIRCLES_SCHOLARSHIPS, from, until)) {
            long[] line = byCurrency.computeIfAbsent(gifts.currency(), c -> new long[4]);
            line[0] = gifts.minorUnits();
            line[1] = gifts.gifts();
        }
        for (CoursePaymentRepository.CoveredTotal covered : payments.scholarshipsCovered(from, until)) {
            long[] line = byCurrency.computeIfAbsent(covered.getCurrency(), c -> new long[4]);
            line[2] = covered.getMinorUnits();
            line[3] = covered.getPayments();
        }
        List<ScholarshipFundLine> lines = byCurrency.entrySet().stream().map(entry -> new ScholarshipFundLine(
                entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2], entry.getValue()[3]))
                .toList();
        return new ScholarshipReport(lines, requests.countDecided(ScholarshipStatus.GRANTED, from, until),
                requests.countDecided(ScholarshipStatus.DECLINED, from, until),
                requests.countByStatus(ScholarshipStatus.REQUESTED));
    }

    /** The granted scholarship of a member for an offering, for the checkout: null when there is none. */
    ScholarshipRequest grantedTo(MemberId member, OfferingId offering) {
        return requests.findFirstByMemberIdAndOfferingIdOrderByRequestedAtDesc(member.value(), offering.value())
                .filter(request -> request.getStatus() == ScholarshipStatus.GRANTED).orElse(null);
    }

    /** The standard price now less the grant; empty when an amount was granted in a currency the course left. */
    static Optional<PriceQuote> priceWith(ScholarshipGrant grant, OfferingCard course, Instant now) {
        if (grant.currency() != null && !grant.currency().equals(course.price().currency())) {
            return Optional.empty();
        }
        return Optional.of(PriceQuote.withScholarship(course.price(), grant, now));
    }

    private Optional<PriceQuote> priceWith(ScholarshipGrant grant, OfferingCard course) {
        return priceWith(grant, course, clock.instant());
    }

    private ScholarshipRequest open(long requestId) {
        ScholarshipRequest request = requests.findById(requestId)
                .orElseThrow(() -> new ScholarshipRefused("amount", "scholarship.refused.unknown"));
        if (!request.isOpen()) {
            throw new ScholarshipRefused("amount", "scholarship.refused.decided");
        }
        return request;
    }

    private OfferingCard card(OfferingId offering) {
        return catalog.offering(offering).map(OfferingDetails::card)
                .orElseThrow(() -> new ScholarshipRefused("reason", "scholarship.refused.unknown"));
    }
}
