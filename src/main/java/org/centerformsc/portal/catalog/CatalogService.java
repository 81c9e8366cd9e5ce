package org.centerformsc.portal.catalog;

import org.centerformsc.portal.catalog.domain.Offering;
import org.centerformsc.portal.catalog.domain.OfferingRepository;
import org.centerformsc.portal.catalog.domain.OfferingSpecifications;
import org.centerformsc.portal.catalog.domain.Program;
import org.centerformsc.portal.catalog.domain.ProgramRepository;
import org.centerformsc.portal.catalog.domain.Session;
import org.centerformsc.portal.base.Caches;
import org.centerformsc.portal.security.Roles;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The programs CMSC teaches and their scheduled offerings. */
@Service
public class CatalogService {

    private static final Sort BY_START = Sort.by("firstSessionAt", "id");

    private final ProgramRepository programs;
    private final OfferingRepository offerings;

    CatalogService(ProgramRepository programs, OfferingRepository offerings) {
        this.programs = programs;
        this.offerings = offerings;
    }

    /** Every program with its number of offerings; kept for minutes (docs/decisions/026). */
    @Transactional(readOnly = true)
    @Cacheable(cacheNames = Caches.CATALOG_REFERENCE, key = "'programs'")
    public List<ProgramSummary> programs() {
        Map<Long, Long> counts = offerings.countPerProgram().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return programs.findAll(Sort.by("name")).stream()
                .map(program -> new ProgramSummary(program.getCode(), program.getName(), program.getSummary(),
                        counts.getOrDefault(program.getId(), 0L)))
                .toList();
    }

    /** One page of the catalog, soonest first. */
    @Transactional(readOnly = true)
    public List<OfferingCard> offerings(OfferingFilter filter, int offset, int limit) {
        List<Long> ids = offerings.findIds(OfferingSpecifications.matching(filter), BY_START, offset,
                Math.max(1, limit));
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Offering> loaded = offerings.findWithScheduleByIdIn(ids).stream()
                .collect(Collectors.toMap(Offering::getId, offering -> offering));
        return ids.stream().map(loaded::get).map(CatalogService::toCard).toList();
    }

    /** Offerings by title or code, newest first, for staff pickers. */
    @Transactional(readOnly = true)
    public List<OfferingCard> searchOfferings(String text, int offset, int limit) {
        int size = Math.max(1, limit);
        PageRequest page = PageRequest.of(offset / size, size);
        return (text == null || text.isBlank() ? offerings.findNewest(page) : offerings.search(text.strip(), page))
                .stream().map(CatalogService::toCard).toList();
    }

    @Transactional(readOnly = true)
    public long countOfferings(OfferingFilter filter) {
        return offerings.count(OfferingSpecifications.matching(filter));
    }

    @Transactional(readOnly = true)
    @Cacheable(cacheNames = Caches.CATALOG_REFERENCE, key = "'languages'")
    public List<String> offeringLanguages() {
        return offerings.findLanguages();
    }

    @Transactional(readOnly = true)
    public Optional<OfferingDetails> offering(String code) {
        return offerings.findByCode(code).filter(CatalogService::isVisible).map(CatalogService::toDetails);
    }

    @Transactional(readOnly = true)
    public Optional<OfferingDetails> offering(OfferingId id) {
        return offerings.findById(id.value()).filter(CatalogService::isVisible).map(CatalogService::toDetails);
    }

    @Transactional(readOnly = true)
    public List<OfferingDetails> offerings(Collection<OfferingId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return offerings.findWithScheduleByIdIn(ids.stream().map(OfferingId::value).collect(Collectors.toSet()))
                .stream().map(CatalogService::toDetails).toList();
    }

    /**
     * The link to join an online offering. Only for callers who checked that the member takes part: the
     * enrollment feature hands it out from 15 minutes before a session.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<String> joinUrl(OfferingId id) {
        return offerings.findById(id.value()).map(Offering::getJoinUrl);
    }

    /** Offerings of a program that start after {@code after}, soonest first: what a member could still take. */
    @Transactional(readOnly = true)
    public List<OfferingDetails> upcomingOfferingsOf(String programCode, java.time.Instant after) {
        return offerings.findUpcomingOf(programCode, after).stream().map(CatalogService::toDetails).toList();
    }

    /**
     * The next {@code perProgram} published offerings of each of these programs starting after {@code after},
     * soonest first, by program code (two statements whatever the number of programs).
     */
    @Transactional(readOnly = true)
    public Map<String, List<OfferingCard>> nextOfferingsOf(Collection<String> programCodes, java.time.Instant after,
                                                           int perProgram) {
        if (programCodes.isEmpty()) {
            return Map.of();
        }
        // instants are stored as UTC wall times (V001)
        List<Long> ids = offerings.findNextIdsOf(Set.copyOf(programCodes),
                java.time.LocalDateTime.ofInstant(after, java.time.ZoneOffset.UTC), perProgram);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return offerings.findWithScheduleByIdIn(ids).stream().map(CatalogService::toCard)
                .sorted(java.util.Comparator.comparing(OfferingCard::firstSessionStart)
                        .thenComparing(card -> card.id().value()))
                .collect(Collectors.groupingBy(OfferingCard::programCode, Collectors.toList()));
    }

    @Transactional(readOnly = true)
    @Cacheable(cacheNames = Caches.CATALOG_REFERENCE, key = "'names'")
    public java.util.Map<String, String> programNames() {
        return Map.copyOf(programs.findAll().stream().collect(Collectors.toMap(Program::getCode, Program::getName)));
    }

    @Transactional(readOnly = true)
    public boolean isInstructor(OfferingId offering, org.centerformsc.portal.member.MemberId member) {
        return offerings.findById(offering.value()).map(o -> o.isTaughtBy(member.value())).orElse(false);
    }

    @Transactional(readOnly = true)
    public List<OfferingCard> offeringsTaughtBy(org.centerformsc.portal.member.MemberId member) {
        return offerings.findTaughtBy(member.value()).stream().map(CatalogService::toCard).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    public void assignInstructor(OfferingId offering, org.centerformsc.portal.member.MemberId member) {
        offerings.findById(offering.value()).orElseThrow().addInstructor(member.value());
    }

    /** Idempotent by program code: an existing program is left as it is. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    public void addProgramIfAbsent(NewProgram program) {
        if (programs.findByCode(program.code()).isEmpty()) {
            programs.save(new Program(program.code(), program.name(), program.summary(), null, Set.of("en"),
                    program.level()));
        }
    }

    /** Idempotent by offering code: an existing offering is left as it is. An archived program takes no new one. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    public OfferingId addOfferingIfAbsent(NewOffering offering) {
        Optional<Offering> existing = offerings.findByCode(offering.code());
        if (existing.isPresent()) {
            return new OfferingId(existing.get().getId());
        }
        Program program = programs.findByCode(offering.programCode())
                .orElseThrow(() -> new NoSuchElementException("No program " + offering.programCode()));
        if (!program.isActive()) {
            throw new ProgramRefused("programCode", "program.refused.archived");
        }
        Offering saved = offerings.save(new Offering(program, offering.code(), offering.title(), offering.zone(),
                offering.format(), offering.venue(), offering.language(), offering.capacity(), offering.price(),
                offering.registrationOpensAt(), offering.registrationClosesAt(), offering.teachers(),
                offering.sessions().stream().map(time -> new Session(time.startsAt(), time.endsAt())).toList(),
                offering.joinUrl()));
        return new OfferingId(saved.getId());
    }

    /** The programs' titles and descriptions in a reader's language, where staff wrote them (one statement). */
    @Transactional(readOnly = true)
    @Cacheable(cacheNames = Caches.CATALOG_REFERENCE, key = "'texts-' + (#language == null ? 'en' : #language.language)")
    public ProgramTexts programTexts(java.util.Locale language) {
        if (language == null || language.getLanguage().equals("en")) {
            return ProgramTexts.english();
        }
        java.util.Map<String, ProgramTranslation> byCode = new java.util.HashMap<>();
        programs.translationsIn(language.getLanguage()).forEach(row -> byCode.put((String) row[0],
                new ProgramTranslation((String) row[1], (String) row[2])));
        return new ProgramTexts(language, byCode);
    }

    /** Gives an offering a sliding scale and scholarships unless staff set its options already (demo data). */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    @CacheEvict(cacheNames = Caches.CATALOG_REFERENCE, allEntries = true)
    public void offerIfUnset(String code, FeeOptions options) {
        offerings.findByCode(code).filter(offering -> offering.getFeeOptions().equals(FeeOptions.NONE)
                && !offering.getPrice().isFree()).ifPresent(offering -> offering.offer(options));
    }

    /**
     * Whether an offering is published right now: enrollment asks again inside a seat turn, so a run cancelled a
     * moment before takes nobody (one statement).
     */
    @Transactional(readOnly = true)
    public boolean isPublished(OfferingId id) {
        return offerings.findStatusById(id.value()).map(status -> status == OfferingStatus.PUBLISHED).orElse(false);
    }

    private static boolean isVisible(Offering offering) {
        return OfferingStatus.SHOWN_TO_MEMBERS.contains(offering.getStatus());
    }

    private static OfferingCard toCard(Offering offering) {
        return new OfferingCard(new OfferingId(offering.getId()), offering.getCode(), offering.getTitle(),
                offering.getProgram().getCode(), offering.getProgram().getName(), offering.getZone(),
                offering.getFormat(), offering.getVenue(), offering.getLanguage(), offering.getTeachers(),
                offering.getCapacity(), offering.getPrice(), offering.firstSessionStart(),
                offering.getSessions().get(0).getEndsAt(), offering.lastSessionEnd(),
                offering.getSessions().size(), offering.getRegistrationOpensAt(), offering.getRegistrationClosesAt(),
                offering.getStatus(), offering.getRefundPolicy(), offering.getFeeOptions());
    }

    private static OfferingDetails toDetails(Offering offering) {
        return new OfferingDetails(toCard(offering), offering.getProgram().getSummary(),
                offering.getSessions().stream().map(s -> new SessionTime(s.getStartsAt(), s.getEndsAt())).toList(),
                offering.getCancelReason());
    }
}
