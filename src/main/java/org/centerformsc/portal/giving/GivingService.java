package org.centerformsc.portal.giving;

import org.centerformsc.portal.giving.domain.CampaignRepository;
import org.centerformsc.portal.giving.domain.Gift;
import org.centerformsc.portal.giving.domain.GiftRepository;
import org.centerformsc.portal.giving.domain.RecurringGift;
import org.centerformsc.portal.giving.domain.RecurringGiftRepository;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Gifts: one-time and recurring, through the payment provider behind {@link PaymentGateway}, and the donor's
 * self-service on their recurring gifts. Every change goes to the provider first; what it confirms is stored.
 */
@Service
public class GivingService {

    private final GiftRepository gifts;
    private final CampaignRepository campaigns;
    private final RecurringGiftRepository recurring;
    private final org.centerformsc.portal.giving.domain.ProcessedProviderEventRepository processed;
    private final PaymentGateway gateway;
    private final GiftMail giftMail;
    private final MemberService members;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GiftRecords records;
    private final GiftDocuments documents;

    GivingService(GiftRepository gifts, CampaignRepository campaigns, RecurringGiftRepository recurring,
                  org.centerformsc.portal.giving.domain.ProcessedProviderEventRepository processed,
                  PaymentGateway gateway, MemberService members, ApplicationEventPublisher events, Clock clock,
                  GiftMail giftMail, GiftRecords records, GiftDocuments documents) {
        this.records = records;
        this.documents = documents;
        this.giftMail = giftMail;
        this.processed = processed;
        this.gifts = gifts;
        this.campaigns = campaigns;
        this.recurring = recurring;
        this.gateway = gateway;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    public boolean paymentsAreDemo() {
        return gateway.isDemo();
    }

    /**
     * A gift from the signed-in member. Returns null when the provider confirmed it at once, or the address of
     * the provider's hosted checkout to send the donor to.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String give(BigDecimal amount, String currency, Frequency frequency, Designation designation,
                       String campaign) {
        return checkout(GiftAmounts.toMoney(amount, currency), frequency, designation, campaign);
    }

    /**
     * One click on a lapsed recurring gift of the signed-in member: a new checkout with the same amount, frequency
     * and designation (its campaign must still be open). Returns null or the provider's checkout page, as
     * {@link #give} does.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public String restart(long recurringGiftId) {
        RecurringGift lapsed = myRecurringGift(recurringGiftId);
        if (!restartable(lapsed, recurring.findByMemberIdOrderByCreatedAtDesc(lapsed.getMemberId()))) {
            throw new GiftAmounts.InvalidGift("giving.invalid.notlapsed");
        }
        return checkout(lapsed.state().amount(), lapsed.getFrequency(), lapsed.getDesignation(), lapsed.getCampaign());
    }

    private String checkout(Money money, Frequency frequency, Designation designation, String campaign) {
        Instant now = clock.instant();
        String designatedCampaign = designation == Designation.CAMPAIGN ? records.requireOpenCampaign(campaign, now)
                : null;
        MemberProfile me = members.currentProfile().orElseThrow();
        PaymentGateway.Donor donor = new PaymentGateway.Donor(me.id(), me.displayName(), me.email());
        if (frequency == Frequency.ONCE) {
            PaymentGateway.Checkout checkout = gateway.giveOnce(donor, money, designation, designatedCampaign);
            if (checkout.redirectUrl() == null) {
                records.member(me.id(), money, designation, designatedCampaign, null, checkout.providerRef(), now);
            }
            return checkout.redirectUrl();
        }
        PaymentGateway.Checkout checkout = gateway.startRecurring(donor, money, frequency, designation,
                designatedCampaign);
        if (checkout.redirectUrl() == null) {
            RecurringGift gift = recurring.save(new RecurringGift(me.id().value(), gateway.name(), frequency,
                    designation, designatedCampaign, checkout.confirmed(), now));
            records.member(me.id(), money, designation, designatedCampaign, gift.getId(),
                    checkout.providerRef() + "@first", now);
        }
        return checkout.redirectUrl();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<RecurringGiftView> myRecurringGifts() {
        List<RecurringGift> mine = recurring.findByMemberIdOrderByCreatedAtDesc(members.currentMemberId().value());
        return mine.stream().map(gift -> view(gift, restartable(gift, mine))).toList();
    }

    /** A self-service change to one of the signed-in member's own recurring gifts. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public RecurringGiftView change(long recurringGiftId, SubscriptionChange change) {
        RecurringGift gift = myRecurringGift(recurringGiftId);
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        validate(gift, change, today);
        SubscriptionState confirmed = gateway.change(gift.state(), gift.getFrequency(), change, today);
        gift.confirm(confirmed, clock.instant());
        if (change instanceof SubscriptionChange.Cancel cancel) {
            gift.cancelledBecause(cancel.reason());
        }
        return view(gift, false);
    }

    private RecurringGift myRecurringGift(long recurringGiftId) {
        return recurring.findById(recurringGiftId)
                .filter(g -> g.getMemberId() == members.currentMemberId().value())
                .orElseThrow(() -> new AccessDeniedException("Not your gift"));
    }

    /**
     * The signed-in member's recurring gifts and the provider's card page (back to {@code returnUrl}), read once for
     * both.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public MyRecurringGifts myRecurringGiftsAndCard(String returnUrl) {
        List<RecurringGift> mine = recurring.findByMemberIdOrderByCreatedAtDesc(members.currentMemberId().value());
        String cardPage = mine.stream().map(RecurringGift::getCustomerRef).filter(java.util.Objects::nonNull)
                .findFirst().map(customer -> gateway.cardUpdateUrl(customer, returnUrl)).orElse(null);
        return new MyRecurringGifts(mine.stream().map(gift -> view(gift, restartable(gift, mine))).toList(),
                cardPage);
    }

    // --- what the provider reports (webhooks); callers have verified the notification ---

    /** True the first time an event id is seen; false for a redelivery, which must then be ignored. */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public boolean firstDelivery(String eventId, String type) {
        if (processed.existsById(eventId)) {
            return false;
        }
        processed.saveAndFlush(new org.centerformsc.portal.giving.domain.ProcessedProviderEvent(eventId, type,
                clock.instant()));
        return true;
    }

    /** A payment the provider confirmed; a second report of the same payment is ignored. */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public void providerPaid(MemberId member, Money amount, Designation designation, String campaign,
                             String subscriptionRef, String paymentRef, Instant when) {
        if (records.alreadyRecorded(paymentRef)) {
            return;
        }
        Optional<RecurringGift> subscription = Optional.ofNullable(subscriptionRef)
                .flatMap(ref -> recurring.findByProviderAndProviderRef(gateway.name(), ref));
        subscription.ifPresent(gift -> gift.paymentSucceeded(when.getEpochSecond(), clock.instant()));
        String known = records.knownCampaign(campaign);
        records.member(member, amount, GiftRecords.designationFor(designation, known), known,
                subscription.map(RecurringGift::getId).orElse(null), paymentRef, when);
    }

    /**
     * A subscription charge the provider could not make; it retries on {@code nextRetryOn} (null: no more tries).
     * The donor is told ({@link RecurringPaymentFailed}, in this transaction) unless a newer outcome was applied
     * already.
     */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public void providerPaymentFailed(String subscriptionRef, LocalDate nextRetryOn, long eventCreated) {
        recurring.findByProviderAndProviderRef(gateway.name(), subscriptionRef)
                .filter(gift -> gift.paymentFailed(nextRetryOn, eventCreated, clock.instant()))
                .ifPresent(gift -> events.publishEvent(new RecurringPaymentFailed(gift.getId(),
                        new MemberId(gift.getMemberId()), gift.state().amount(), gift.getFrequency(), nextRetryOn,
                        Instant.ofEpochSecond(eventCreated))));
    }

    /** A subscription the provider created at checkout. Idempotent by the provider's reference. */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public void providerSubscribed(MemberId member, Frequency frequency, Designation designation, String campaign,
                                   String customerRef, SubscriptionState state, long eventCreated) {
        if (recurring.findByProviderAndProviderRef(gateway.name(), state.providerRef()).isEmpty()) {
            String known = records.knownCampaign(campaign);
            RecurringGift gift = new RecurringGift(member.value(), gateway.name(), frequency,
                    GiftRecords.designationFor(designation, known), known, state, clock.instant());
            gift.linkCustomer(customerRef, eventCreated);
            recurring.save(gift);
        }
    }

    /**
     * A subscription's state as the provider reports it; older reports than the last one applied are ignored, and
     * an end while a charge is failing is a lapse.
     */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public void providerUpdated(SubscriptionState state, long eventCreated) {
        recurring.findByProviderAndProviderRef(gateway.name(), state.providerRef())
                .ifPresent(gift -> gift.reported(state, eventCreated, clock.instant()));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void recordManualGift(MemberId member, Money amount, String campaign, Instant givenAt) {
        if (campaign != null && !campaigns.existsById(campaign)) {
            throw new GiftAmounts.InvalidGift("giving.invalid.campaign");
        }
        Gift gift = gifts.save(new Gift(member.value(), amount.minorUnits(), amount.currency(), campaign, givenAt,
                "MANUAL", members.actorName()));
        events.publishEvent(new GiftRecorded(gift.getId(), member, amount, campaign, givenAt));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public boolean hasGiven(MemberId member, String campaign) {
        return gifts.existsByMemberIdAndCampaign(member.value(), campaign);
    }

    /** Gifts designated to {@code designation} in [from, until), per currency: one statement, summed in SQL. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<FundTotal> fundTotals(Designation designation, Instant from, Instant until) {
        return gifts.totalsFor(designation.name(), from, until).stream()
                .map(total -> new FundTotal(total.getCurrency(), total.getMinorUnits(), total.getGifts())).toList();
    }

    /** The signed-in member's gifts of at least {@code minMinor} to these campaigns, in one statement. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GiftSummary> myGiftsToCampaigns(Collection<String> campaignCodes, long minMinor) {
        if (campaignCodes.isEmpty()) {
            return List.of();
        }
        return gifts.findByMemberIdAndCampaignInAndAmountMinorGreaterThanEqual(members.currentMemberId().value(),
                campaignCodes, minMinor).stream().map(GivingService::summary).toList();
    }

    /** One page of the signed-in member's own gifts, newest first (never all of them: a donor may have hundreds). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<GiftSummary> myGifts(int offset, int limit) {
        return page(members.currentMemberId(), offset, limit);
    }

    /**
     * Charges that the provider reports as made (the offline gateway's schedule): records each due gift and moves
     * its next date; paused gifts whose resume date has come are resumed. Returns how many gifts were charged.
     */
    @Transactional
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public int recordDueCharges(LocalDate today) {
        Instant now = clock.instant();
        recurring.findByStatusAndPausedUntilLessThanEqual(SubscriptionState.Status.PAUSED, today).forEach(gift ->
                gift.confirm(gateway.change(gift.state(), gift.getFrequency(), new SubscriptionChange.Resume(), today),
                        now));
        List<RecurringGift> due = recurring.findByStatusAndNextChargeOnLessThanEqual(SubscriptionState.Status.ACTIVE,
                today);
        for (RecurringGift gift : due) {
            SubscriptionState state = gift.state();
            records.member(new MemberId(gift.getMemberId()), state.amount(), gift.getDesignation(), gift.getCampaign(),
                    gift.getId(), state.providerRef() + "@" + state.nextChargeOn(), now);
            gift.confirm(gateway.change(state, gift.getFrequency(), new SubscriptionChange.SkipNext(), today), now);
        }
        return due.size();
    }

    /**
     * The yearly gifts that are active (neither paused nor ended) and next charged from {@code from} to
     * {@code until}, in one statement: for the reminder a week before.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public List<UpcomingCharge> yearlyChargesBetween(LocalDate from, LocalDate until) {
        return recurring.findByFrequencyAndStatusAndNextChargeOnBetween(Frequency.YEARLY,
                SubscriptionState.Status.ACTIVE, from, until).stream().map(gift -> new UpcomingCharge(gift.getId(), new MemberId(gift.getMemberId()),
                gift.state().amount(), gift.getNextChargeOn())).toList();
    }

    private void validate(RecurringGift gift, SubscriptionChange change, LocalDate today) {
        if (gift.hasEnded()) {
            throw new GiftAmounts.InvalidGift(gift.getStatus() == SubscriptionState.Status.LAPSED
                    ? "giving.invalid.lapsed" : "giving.invalid.cancelled");
        }
        if (change instanceof SubscriptionChange.ChangeAmount amount) {
            GiftAmounts.toMoney(BigDecimal.valueOf(amount.amount().minorUnits(), 2), amount.amount().currency());
        } else if (change instanceof SubscriptionChange.ChangeNextChargeDate date) {
            if (date.date() == null || !date.date().isAfter(today) || date.date().isAfter(today.plusYears(1))) {
                throw new GiftAmounts.InvalidGift("giving.invalid.date");
            }
        } else if (change instanceof SubscriptionChange.Pause pause) {
            if (pause.resumeOn() == null || !pause.resumeOn().isAfter(today) || pause.resumeOn().isAfter(today.plusYears(1))) {
                throw new GiftAmounts.InvalidGift("giving.invalid.pause");
            }
        } else if (change instanceof SubscriptionChange.Resume && gift.getStatus() != SubscriptionState.Status.PAUSED) {
            throw new GiftAmounts.InvalidGift("giving.invalid.notpaused");
        }
    }

    /** The receipt of one of the signed-in member's own gifts, as a PDF. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] receipt(long giftId) {
        MemberProfile me = members.currentProfile().orElseThrow();
        Gift gift = gifts.findById(giftId).filter(g -> g.isGivenBy(me.id().value()))
                .orElseThrow(() -> new AccessDeniedException("Not your gift"));
        return documents.receipt(me.displayName(), summary(gift), language(me));
    }

    /** The signed-in member's gifts of one calendar year (UTC), as a PDF statement. Course fees are not gifts. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] yearStatement(int year) {
        MemberProfile me = members.currentProfile().orElseThrow();
        List<GiftSummary> ofYear = gifts.findByMemberIdOrderByGivenAtDesc(me.id().value()).stream()
                .filter(g -> g.getGivenAt().atZone(ZoneOffset.UTC).getYear() == year)
                .map(GivingService::summary).toList();
        return documents.statement(me.displayName(), year, ofYear, language(me));
    }

    /**
     * The receipt of a member's gift as a PDF in {@code language}, for the notification that carries it; empty when
     * the gift is not theirs (any more).
     */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.ONLY_SYSTEM)
    public Optional<byte[]> memberReceipt(long giftId, MemberId member, java.util.Locale language) {
        return gifts.findById(giftId).filter(gift -> gift.isGivenBy(member.value()))
                .flatMap(gift -> members.profileOf(member)
                        .map(donor -> documents.receipt(donor.displayName(), summary(gift), language)));
    }

    /** A guest's receipt for the receipt e-mail, with their name and e-mail from the gift itself. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_OR_SYSTEM)
    public ReceiptMail guestReceiptMail(long giftId) {
        Gift gift = gifts.findById(giftId).orElseThrow();
        // a guest's language is not known: English, as the giving page's receipt line says
        java.util.Locale language = java.util.Locale.ENGLISH;
        return new ReceiptMail(gift.getDonorEmail(), gift.getDonorName(), language,
                documents.receipt(gift.getDonorName(), summary(gift), language),
                GiftDocuments.money(summary(gift).amount(), language));
    }

    /** What a guest's receipt e-mail needs. */
    public record ReceiptMail(String email, String name, java.util.Locale language, byte[] pdf, String amount) {
    }

    /** The language a member reads their documents and e-mails in. */
    static java.util.Locale language(MemberProfile member) {
        return org.centerformsc.portal.base.PortalLanguages.readerOf(member.locale());
    }

    /** E-mails the signed-in member's statement for a year; false when no mail server or no email address. */
    @PreAuthorize("isAuthenticated()")
    public boolean mailYearStatement(int year) {
        MemberProfile me = members.currentProfile().orElseThrow();
        return giftMail.send(me.email(), me.displayName(), year, language(me), yearStatement(year));
    }

    private static GiftSummary summary(Gift g) {
        return new GiftSummary(g.getId(), new Money(g.getAmountMinor(), g.getCurrency()),
                Designation.valueOf(g.getDesignation()), g.getCampaign(), g.getGivenAt());
    }

    /** Lapsed, and no gift with the same terms started since (by a restart or by hand). */
    private static boolean restartable(RecurringGift gift, List<RecurringGift> membersGifts) {
        return gift.getStatus() == SubscriptionState.Status.LAPSED && membersGifts.stream()
                .filter(other -> !other.hasEnded() && other.getCreatedAt().isAfter(gift.getCreatedAt()))
                .noneMatch(other -> other.state().amount().equals(gift.state().amount())
                        && other.getFrequency() == gift.getFrequency()
                        && other.getDesignation() == gift.getDesignation()
                        && java.util.Objects.equals(other.getCampaign(), gift.getCampaign()));
    }

    private static RecurringGiftView view(RecurringGift gift, boolean restartable) {
        return new RecurringGiftView(gift.getId(), gift.state().amount(), gift.getFrequency(), gift.getDesignation(),
                gift.getCampaign(), gift.getStatus(), gift.getNextChargeOn(), gift.getPausedUntil(),
                gift.isPaymentFailing(), gift.getNextRetryOn(), restartable);
    }

    /** One page of a member's gifts, newest first: staff's page of the member. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<GiftSummary> giftsOf(MemberId member, int offset, int limit) {
        return page(member, offset, limit);
    }

    private List<GiftSummary> page(MemberId member, int offset, int limit) {
        int size = Math.max(1, limit);
        return gifts.findByMemberIdOrderByGivenAtDescIdDesc(member.value(),
                org.springframework.data.domain.PageRequest.of(Math.max(0, offset) / size, size)).stream()
                .map(GivingService::summary).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countGiftsOf(MemberId member) {
        return gifts.countByMemberId(member.value());
    }

    /** One gift of a member, for staff resending its receipt; empty when it is not theirs. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public Optional<GiftSummary> giftOf(MemberId member, long giftId) {
        return gifts.findById(giftId).filter(gift -> gift.isGivenBy(member.value())).map(GivingService::summary);
    }

    /** A member's recurring gifts with their status, newest first: staff's page of the member. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<RecurringGiftView> recurringGiftsOf(MemberId member) {
        List<RecurringGift> theirs = recurring.findByMemberIdOrderByCreatedAtDesc(member.value());
        return theirs.stream().map(gift -> view(gift, restartable(gift, theirs))).toList();
    }
}
