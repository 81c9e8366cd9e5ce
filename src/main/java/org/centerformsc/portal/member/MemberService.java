package org.centerformsc.portal.member;

import org.centerformsc.portal.member.domain.Member;
import org.centerformsc.portal.member.domain.MemberRepository;
import org.centerformsc.portal.security.CurrentMember;
import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** The portal's member records: created on first sign-in, refreshed from the claims at every later one. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final CurrentMember currentMember;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignedInMembers signedIn;

    MemberService(MemberRepository members, CurrentMember currentMember, ApplicationEventPublisher events,
                  Clock clock, SignedInMembers signedIn) {
        this.signedIn = signedIn;
        this.members = members;
        this.currentMember = currentMember;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in member's own record; empty for anonymous visitors. */
    @Transactional(readOnly = true)
    public Optional<MemberProfile> currentProfile() {
        return currentMember.identity().flatMap(signedIn::profile);
    }

    /** The signed-in member's id; for services acting on the caller's own data. */
    @Transactional(readOnly = true)
    public MemberId currentMemberId() {
        return signedIn.profile(currentMember.require()).map(MemberProfile::id)
                .orElseThrow(() -> new IllegalStateException("Signed in without a member record"));
    }

    /** The zone the signed-in member chose in their profile, if any (otherwise views use the browser's). */
    @Transactional(readOnly = true)
    public Optional<ZoneId> preferredZone() {
        return currentProfile().map(MemberProfile::timeZone).map(ZoneId::of);
    }

    /** Remembers the language the signed-in member chose (a portal language's tag). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void chooseLanguage(java.util.Locale language) {
        MemberIdentity identity = currentMember.require();
        String tag = org.centerformsc.portal.base.PortalLanguages.match(language)
                .orElseThrow(() -> new IllegalArgumentException("The portal does not speak " + language))
                .toLanguageTag();
        members.findByIssuerAndSubject(identity.issuer(), identity.subject()).orElseThrow().chooseLanguage(tag);
        signedIn.changed(identity);
    }

    /**
     * Sets (or with null clears) the signed-in member's own time zone; what runs at a local time of theirs (the
     * practice reminder) follows it ({@link TimeZoneChosen}).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberProfile preferTimeZone(ZoneId zone) {
        MemberIdentity identity = currentMember.require();
        Member member = members.findByIssuerAndSubject(identity.issuer(), identity.subject()).orElseThrow();
        signedIn.changed(identity);
        member.preferTimeZone(zone);
        events.publishEvent(new TimeZoneChosen(new MemberId(member.getId()), zone));
        return toProfile(member);
    }

    /** Display names of members, for rosters and staff queues. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('" + Roles.TEACHER + "', '" + Roles.STAFF + "')")
    public java.util.Map<MemberId, String> names(java.util.Collection<MemberId> ids) {
        return members.findAllById(ids.stream().map(MemberId::value).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(m -> new MemberId(m.getId()), Member::getDisplayName));
    }

    /** Names and e-mail addresses of members, in one look-up, for staff pages, exports and the e-mail sender. */
    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_OR_SYSTEM)
    public java.util.Map<MemberId, MemberProfile> profiles(java.util.Collection<MemberId> ids) {
        return members.findAllById(ids.stream().map(MemberId::value).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(m -> new MemberId(m.getId()), MemberService::toProfile));
    }

    /**
     * One page of the members whose name or e-mail contains {@code text}, in any case, by name: for staff choosing a
     * member. Blank text finds nobody.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public java.util.List<MemberProfile> search(String text, int offset, int limit) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        int size = Math.max(1, limit);
        return members.findMatching(likePattern(text), org.springframework.data.domain.PageRequest.of(offset / size,
                size)).stream().map(MemberService::toProfile).toList();
    }

    /**
     * One page of the members whose name, family name or e-mail address starts with {@code text}, in any case, by
     * name: staff's member search over every member (docs/decisions/022). Blank text finds nobody.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public java.util.List<MemberProfile> find(String text, int offset, int limit) {
        if (text == null || text.isBlank()) {
            return java.util.List.of();
        }
        int from = Math.max(0, offset);
        int size = Math.max(1, limit);
        return members.findByPrefix(prefixPattern(text), from + size, from, size).stream()
                .map(MemberService::toProfile).toList();
    }

    /** How many members {@link #find} finds for {@code text}. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countFound(String text) {
        return text == null || text.isBlank() ? 0 : members.countByPrefix(prefixPattern(text));
    }

    private static String prefixPattern(String text) {
        return escapeLike(text.strip()) + "%";
    }

    /** Members whose name or email contains {@code text}, in any case; at most {@code limit}, for staff filters. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public java.util.List<MemberId> matching(String text, int limit) {
        return members.findIdsMatching(likePattern(text),
                org.springframework.data.domain.PageRequest.of(0, Math.max(1, limit))).stream().map(MemberId::new).toList();
    }

    private static String likePattern(String text) {
        return "%" + escapeLike(text.strip()) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A member by the email on their record, for staff recording something on a member's behalf. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public Optional<MemberProfile> findByEmail(String email) {
        return email == null || email.isBlank() ? Optional.empty()
                : members.findFirstByEmailIgnoreCase(email.strip()).map(MemberService::toProfile);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Roles.STAFF_OR_SYSTEM)
    public Optional<MemberProfile> profileOf(MemberId id) {
        return members.findById(id.value()).map(MemberService::toProfile);
    }

    /** Who is acting, as audit trails record it: "Name (subject)", or "system" for jobs. */
    public String actorName() {
        return currentMember.identity().map(identity -> currentMember.nameFromClaims().orElse(identity.subject())
                + " (" + identity.subject() + ")").orElse("system");
    }

    /** Called at sign-in, with the claims the identity provider just vouched for. */
    @Transactional
    public MemberProfile recordSignIn(MemberIdentity identity, String name, String email, String locale) {
        signedIn.changed(identity);
        Member member = members.findByIssuerAndSubject(identity.issuer(), identity.subject())
                .orElseGet(() -> new Member(identity.issuer(), identity.subject(), name, email, locale, clock.instant()));
        member.signedIn(name, email, locale, clock.instant());
        return toProfile(members.save(member));
    }

    /**
     * Creates a member before their first sign-in (demo data, imports); existing records are left alone. Whoever
     * registers them filled the record in, so they are not asked the new member's welcome.
     */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public MemberId registerIfAbsent(MemberIdentity identity, String name, String email, String locale) {
        signedIn.changed(identity);
        return members.findByIssuerAndSubject(identity.issuer(), identity.subject())
                .or(() -> {
                    Member member = new Member(identity.issuer(), identity.subject(), name, email, locale,
                            clock.instant());
                    member.welcomed(clock.instant());
                    return Optional.of(members.save(member));
                })
                .map(member -> new MemberId(member.getId()))
                .orElseThrow();
    }

    /** Whether this member has yet to be asked the welcome of a first sign-in (docs/decisions/021). */
    @Transactional(readOnly = true)
    public boolean isWelcomePending(MemberIdentity identity) {
        return members.findByIssuerAndSubject(identity.issuer(), identity.subject())
                .map(member -> !member.isWelcomed()).orElse(false);
    }

    /** Whether the signed-in member has yet to be asked the welcome; false for visitors. */
    @Transactional(readOnly = true)
    public boolean isWelcomePending() {
        return currentMember.identity().map(this::isWelcomePending).orElse(false);
    }

    /**
     * The signed-in member's answers to the welcome (the other features keep their own parts): the name shown, which
     * wins over the provider's name from now on, the zone (null: the browser's), the language and the newsletter.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberProfile welcome(String name, ZoneId zone, java.util.Locale language, boolean newsletter) {
        Member member = mine();
        member.chooseName(name);
        member.preferTimeZone(zone);
        events.publishEvent(new TimeZoneChosen(new MemberId(member.getId()), zone));
        member.chooseLanguage(portalLanguage(language));
        member.consentToNewsletter(newsletter, clock.instant());
        member.welcomed(clock.instant());
        return toProfile(member);
    }

    /** "Later": the welcome is not asked again; everything in it can be set in Profile. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void putOffWelcome() {
        mine().welcomed(clock.instant());
    }

    /** The name the signed-in member wants shown; it wins over the identity provider's from now on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberProfile chooseName(String name) {
        Member member = mine();
        member.chooseName(name);
        return toProfile(member);
    }

    /** Gives or withdraws the signed-in member's consent to the newsletter; the moment it was given is kept. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MemberProfile consentToNewsletter(boolean consent) {
        Member member = mine();
        member.consentToNewsletter(consent, clock.instant());
        return toProfile(member);
    }

    /** The signed-in member's record, to change: what is kept of it is forgotten (docs/decisions/025). */
    private Member mine() {
        MemberIdentity identity = currentMember.require();
        signedIn.changed(identity);
        return members.findByIssuerAndSubject(identity.issuer(), identity.subject()).orElseThrow();
    }

    private static String portalLanguage(java.util.Locale language) {
        return org.centerformsc.portal.base.PortalLanguages.match(language)
                .orElseThrow(() -> new IllegalArgumentException("The portal does not speak " + language))
                .toLanguageTag();
    }

    static MemberProfile toProfile(Member member) {
        // what a member reads in, in e-mails and documents too: their own choice, else the provider's claim
        String language = member.getLanguage() != null ? member.getLanguage() : member.getLocale();
        return new MemberProfile(new MemberId(member.getId()), member.getDisplayName(), member.getEmail(),
                language, member.getTimeZone(), member.getCreatedAt(), member.getLanguage() != null,
                member.getNewsletterConsentAt());
    }
}
