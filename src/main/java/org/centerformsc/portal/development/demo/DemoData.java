package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.eligibility.SeedRules;
import org.centerformsc.portal.enrollment.EnrollmentRefused;
import org.centerformsc.portal.enrollment.SeatService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.replay.ReplayService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.teaching.DirectoryService;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.development.DemoAccount;
import org.centerformsc.portal.development.DevelopmentIdentityProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo catalog and the demo members at every start of the {@code demo} profile. Idempotent: what
 * exists already (by code, or by issuer and subject) is left alone, so restarts keep members' own changes.
 */
@Component
@Profile("demo & !prod")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CatalogService catalog;
    private final MemberService members;
    private final ObjectProvider<DevelopmentIdentityProvider> identityProvider;
    private final PrerequisiteService prerequisites;
    private final CompletionService completions;
    private final SeatService seats;
    private final ReplayService replays;
    private final GivingService giving;
    private final CampaignService campaigns;
    private final PathwayService pathway;
    private final DirectoryService directory;
    private final Gazetteer gazetteer;
    private final Clock clock;

    DemoData(CatalogService catalog, MemberService members,
             ObjectProvider<DevelopmentIdentityProvider> identityProvider, PrerequisiteService prerequisites,
             CompletionService completions, SeatService seats, ReplayService replays,
             GivingService giving, CampaignService campaigns, PathwayService pathway, DirectoryService directory, Gazetteer gazetteer,
             Clock clock) {
        this.pathway = pathway;
        this.directory = directory;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.replays = replays;
        this.giving = giving;
        this.campaigns = campaigns;
        this.seats = seats;
        this.prerequisites = prerequisites;
        this.completions = completions;
        this.catalog = catalog;
        this.members = members;
        this.identityProvider = identityProvider;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoStaff.run(() -> {
            DemoCatalog.programs().forEach(catalog::addProgramIfAbsent);
            DemoCatalog.offerings().forEach(catalog::addOfferingIfAbsent);
            DemoCatalog.FEE_OPTIONS.forEach(catalog::offerIfUnset);
            SeedRules.BY_PROGRAM.forEach(prerequisites::saveIfAbsent);
            DemoCampaigns.ALL.stream().filter(campaign -> campaigns.campaign(campaign.code()).isEmpty())
                    .forEach(campaigns::create);
            identityProvider.ifAvailable(this::seedMembers);
            return null;
        });
        log.info("Demo data in place: {} programs", DemoCatalog.programs().size());
    }

    /**
     * The International Women's Day replay with the sample video, and the participant's $25 gift to its campaign
     * the day after, which opens it for a year (the free week after the event ended long ago).
     */
    private void seedReplay(MemberId participant) {
        Optional<OfferingDetails> iwd = catalog.offering("IWD-2026");
        if (iwd.isEmpty()) {
            return;
        }
        if (!replays.exists(DemoReplay.TITLE, iwd.get().card().id())) {
            replays.publish(DemoReplay.of(iwd.get(), replays));
        }
        if (!giving.hasGiven(participant, DemoReplay.CAMPAIGN)) {
            giving.recordManualGift(participant, new Money(2500, "USD"), DemoReplay.CAMPAIGN,
                    Instant.parse("2026-03-08T18:00:00Z"));
        }
    }

    /**
     * The demo members, and what the demo needs of them: the participant has completed an 8-week MSC (so the
     * shame course says "Not yet: daily practice"); the teacher teaches the LOMSC cohorts and the New York MSC.
     */
    private void seedMembers(DevelopmentIdentityProvider provider) {
        java.util.Map<String, MemberId> ids = new java.util.HashMap<>();
        DemoAccount.ALL.forEach(account -> ids.put(account.username(), members.registerIfAbsent(
                provider.identityOf(account), account.name(), account.email(), account.locale())));
        completions.recordVerified(ids.get("participant"), "MSC", null, java.time.LocalDate.of(2025, 6, 12));
        completions.recordVerified(ids.get("teacher"), "MSC", null, java.time.LocalDate.of(2022, 3, 3));
        // the donor takes the December LOMSC cohort, so the teacher's roster and the donor's dashboard have someone
        catalog.offering("LOMSC-2026-12").ifPresent(offering -> {
            try {
                seats.enrollOnBehalf(offering.card().id(), ids.get("donor"));
            } catch (EnrollmentRefused alreadyOrClosed) {
                log.info("Demo donor not enrolled in LOMSC-2026-12 now: {}", alreadyOrClosed.messageKey());
            }
        });
        seedReplay(ids.get("participant"));
        for (String code : DemoCatalog.TAUGHT_BY_DEMO_TEACHER) {
            catalog.offering(code).ifPresent(offering -> catalog.assignInstructor(offering.card().id(),
                    ids.get("teacher")));
        }
        seedTeachers(provider, ids.get("teacher"));
    }

    private void seedTeachers(DevelopmentIdentityProvider provider, MemberId demoTeacher) {
        DemoTeachers teachers = new DemoTeachers(catalog, completions, pathway, directory, gazetteer,
                LocalDate.now(clock));
        teachers.seedDemoTeacher(demoTeacher);
        for (DemoTeachers.Teacher teacher : DemoTeachers.DIRECTORY) {
            MemberId id = members.registerIfAbsent(new MemberIdentity(provider.issuer(), "directory-" + teacher.slug()),
                    teacher.name(), teacher.slug() + "@directory.demo.centerformsc.invalid", "en-US");
            teachers.seedDirectoryTeacher(id, teacher);
            if (teacher.slug().equals("eva")) {
                teachers.seedUpcomingCourse(id);
            }
        }
    }
}
