package org.centerformsc.portal.fees;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.fees.domain.CoursePaymentStatus;
import org.centerformsc.portal.fees.domain.ScholarshipRequest;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.PaymentGateway;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The signed-in member pays for the seat held for them (docs/decisions/016). The price is decided when checkout
 * starts, on the server's clock; one payment per hold whatever is clicked twice, in two tabs or retried, since the
 * hold names the payment and the provider gets the same idempotency key.
 */
@Service
public class CheckoutService {

    private final CoursePaymentRepository payments;
    private final EnrollmentService enrollment;
    private final CatalogService catalog;
    private final MemberService members;
    private final PaymentGateway gateway;
    private final Settlement settlement;
    private final CourseReceipts receipts;
    private final ScholarshipService scholarships;
    private final Clock clock;
    private final TransactionTemplate transaction;

    CheckoutService(CoursePaymentRepository payments, EnrollmentService enrollment, CatalogService catalog,
                    MemberService members, PaymentGateway gateway, Settlement settlement, CourseReceipts receipts,
                    ScholarshipService scholarships, Clock clock, PlatformTransactionManager transactions) {
        this.scholarships = scholarships;
        this.payments = payments;
        this.enrollment = enrollment;
        this.catalog = catalog;
        this.members = members;
        this.gateway = gateway;
        this.settlement = settlement;
        this.receipts = receipts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The checkout for the member's held seat in this offering; empty when they hold none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<CheckoutView> checkout(OfferingId offering) {
        return enrollment.myEnrollment(offering).filter(place -> place.status() == EnrollmentStatus.HELD)
                .map(place -> {
                    OfferingCard course = card(offering);
                    Instant now = clock.instant();
                    ScholarshipRequest granted = scholarships.grantedTo(members.currentMemberId(), offering);
                    List<PriceQuote> choices = granted == null
                            ? PriceQuote.choices(course.price(), course.feeOptions(), now)
                            : List.of(scholarshipPrice(granted, course, now));
                    return new CheckoutView(choices, place.holdExpiresAt(), gateway.isDemo());
                });
    }

    /** Pays the standard price (or the scholarship's) for the held seat: {@link #pay(OfferingId, PriceChoice, String)}. */
    @PreAuthorize("isAuthenticated()")
    public PayOutcome pay(OfferingId offering, String returnPath) {
        return pay(offering, PriceChoice.STANDARD, returnPath);
    }

    /**
     * Pays for the member's held seat at the price they chose on the sliding scale (a granted scholarship decides the
     * price instead): the provider's page to go to, or (offline, or a scholarship covering it all) the seat's answer
     * at once. {@code returnPath} is the course page the provider sends the member back to.
     *
     * @throws CheckoutRefused when the member holds no seat here, its hold has ended or the course has no such price
     */
    @PreAuthorize("isAuthenticated()")
    public PayOutcome pay(OfferingId offering, PriceChoice choice, String returnPath) {
        MemberProfile me = members.currentProfile().orElseThrow(() -> new CheckoutRefused("checkout.refused.nohold"));
        Optional<MyEnrollment> mine = enrollment.myEnrollment(offering);
        if (mine.filter(p -> p.status() == EnrollmentStatus.ENROLLED).isPresent()) {
            // the other tab's click paid already: the same answer, no second payment
            if (transaction.execute(status -> payments.existsByOfferingIdAndMemberIdAndStatus(offering.value(),
                    me.id().value(), CoursePaymentStatus.PAID))) {
                return PayOutcome.settled(true);
            }
            throw new CheckoutRefused("checkout.refused.paid");
        }
        MyEnrollment place = mine.filter(p -> p.status() == EnrollmentStatus.HELD)
                .orElseThrow(() -> new CheckoutRefused("checkout.refused.nohold"));
        Instant now = clock.instant();
        if (!now.isBefore(place.holdExpiresAt())) {
            throw new CheckoutRefused("checkout.refused.expired");
        }
        OfferingCard card = card(offering);
        ScholarshipRequest granted = transaction.execute(status -> scholarships.grantedTo(me.id(), offering));
        PriceQuote quote = granted != null ? scholarshipPrice(granted, card, now)
                : PriceQuote.chosen(card.price(), card.feeOptions(), choice == null ? PriceChoice.STANDARD : choice,
                now).orElseThrow(() -> new CheckoutRefused("checkout.refused.tier"));
        // the hold names the payment; another price chosen in another tab is another payment, and the settlement
        // gives back whichever of them is paid second
        String key = "course-" + offering.value() + "-" + me.id().value() + "-" + place.requestedAt().toEpochMilli()
                + (granted != null ? "-scholarship-" + granted.getId()
                : quote.reason().choice() == PriceChoice.STANDARD ? "" : "-" + quote.reason().choice());
        CoursePayment payment = paymentFor(key, offering, me.id(), quote, granted, now);
        if (payment.getStatus() == CoursePaymentStatus.PAID || payment.getStatus() == CoursePaymentStatus.REFUNDED) {
            return PayOutcome.settled(payment.getStatus() == CoursePaymentStatus.PAID);
        }
        if (payment.getCheckoutUrl() != null) {
            return PayOutcome.redirect(payment.getCheckoutUrl());
        }
        Money amount = new Money(payment.getAmountMinor(), payment.getCurrency());
        if (payment.getAmountMinor() == 0) {
            // the scholarship covers all of it: nothing to collect, the seat is confirmed as if paid
            settlement.settle(payment.getId(), "scholarship-" + granted.getId(), amount, now);
        } else {
            PaymentGateway.Checkout checkout = gateway.payCourse(new PaymentGateway.CoursePurchase(me.id(),
                    me.email(), amount, card.title(), payment.getId(), key, returnPath));
            if (checkout.redirectUrl() != null) {
                transaction.executeWithoutResult(status -> payments.findById(payment.getId()).orElseThrow()
                        .opened(checkout.providerRef(), checkout.redirectUrl()));
                return PayOutcome.redirect(checkout.redirectUrl());
            }
            settlement.settle(payment.getId(), checkout.providerRef(), amount, now);
        }
        return PayOutcome.settled(payments.findById(payment.getId()).orElseThrow().getStatus()
                == CoursePaymentStatus.PAID);
    }

    /** The member's paid (and refunded) course payments, newest first: one query. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CoursePaymentLine> myPayments() {
        List<CoursePayment> mine = payments.findByMemberIdAndStatusInOrderByCreatedAtDesc(
                members.currentMemberId().value(), List.of(CoursePaymentStatus.PAID, CoursePaymentStatus.REFUNDED));
        return mine.stream().map(p -> new CoursePaymentLine(p.getId(), new OfferingId(p.getOfferingId()),
                p.getCurrency(), p.getAmountMinor(), p.getPriceReason(), p.getStatus() == CoursePaymentStatus.REFUNDED,
                p.getPaidAt(), p.getScholarshipMinor())).toList();
    }

    /** What withdrawing now gives back of the member's paid fee for this offering; empty when they paid none. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<WithdrawalQuote> withdrawalQuote(OfferingId offering) {
        long member = members.currentMemberId().value();
        OfferingCard course = card(offering);
        Instant now = clock.instant();
        return payments.findByMemberIdAndStatusInOrderByCreatedAtDesc(member, List.of(CoursePaymentStatus.PAID))
                .stream().filter(p -> p.getOfferingId() == offering.value()).findFirst()
                .map(p -> new WithdrawalQuote(p.getCurrency(), p.getAmountMinor(),
                        p.refundOnWithdrawal(course.refundPolicy(), course.firstSessionStart(), course.zone(), now),
                        course.refundPolicy().feeMinor(),
                        course.refundPolicy().deadline(course.firstSessionStart(), course.zone())));
    }

    /** The receipt of one of the member's own course payments; someone else's reads as unknown. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] receipt(long paymentId) {
        MemberProfile me = members.currentProfile().orElseThrow();
        CoursePayment payment = payments.findById(paymentId)
                .filter(p -> p.getMemberId() == me.id().value() && settled(p))
                .orElseThrow(() -> new CheckoutRefused("checkout.refused.unknown"));
        return receipts.receipt(payment, me.displayName(), card(new OfferingId(payment.getOfferingId())),
                org.centerformsc.portal.base.PortalLanguages.readerOf(me.locale()));
    }

    /**
     * The receipt of a member's settled course payment in {@code language}, for the notification that carries it;
     * empty when the payment is not theirs or not settled.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public Optional<byte[]> memberReceipt(long paymentId, MemberId member, Locale language) {
        return payments.findById(paymentId).filter(p -> p.getMemberId() == member.value() && settled(p))
                .flatMap(payment -> members.profileOf(member).flatMap(participant -> catalog.offerings(
                        List.of(new OfferingId(payment.getOfferingId()))).stream().findFirst()
                        .map(course -> receipts.receipt(payment, participant.displayName(), course.card(),
                                language))));
    }

    private static boolean settled(CoursePayment payment) {
        return payment.getStatus() == CoursePaymentStatus.PAID || payment.getStatus() == CoursePaymentStatus.REFUNDED;
    }

    private static PriceQuote scholarshipPrice(ScholarshipRequest granted, OfferingCard course, Instant now) {
        return ScholarshipService.priceWith(granted.getGrant(), course, now)
                .orElseThrow(() -> new CheckoutRefused("checkout.refused.scholarshipcurrency"));
    }

    /** This hold's payment: found when a click, a tab or a retry made it already, else made now. */
    private CoursePayment paymentFor(String key, OfferingId offering, MemberId member, PriceQuote quote,
                                     ScholarshipRequest granted, Instant now) {
        Function<String, Optional<CoursePayment>> find = k -> transaction.execute(status ->
                payments.findByIdempotencyKey(k));
        Optional<CoursePayment> existing = find.apply(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return transaction.execute(status -> payments.saveAndFlush(granted == null
                    ? new CoursePayment(offering.value(), member.value(), key, quote, gateway.name(), now)
                    : new CoursePayment(offering.value(), member.value(), key, quote,
                    quote.isFree() ? "scholarship" : gateway.name(), now, granted.getId())));
        } catch (DataIntegrityViolationException sameHoldMeanwhile) {
            return find.apply(key).orElseThrow(() -> sameHoldMeanwhile);
        }
    }

    private OfferingCard card(OfferingId offering) {
        return catalog.offering(offering).map(OfferingDetails::card)
                .orElseThrow(() -> new CheckoutRefused("checkout.refused.unknown"));
    }
}
