package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.ProgramSummary;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.teaching.DeliveryMode;
import org.centerformsc.portal.teaching.DirectoryCard;
import org.centerformsc.portal.teaching.DirectoryQuery;
import org.centerformsc.portal.teaching.Pathway;
import org.centerformsc.portal.teaching.TrainingLevel;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.teaching.DirectoryService;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.development.DemoAccount;
import org.centerformsc.portal.development.DevelopmentIdentityProvider;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTest {

    private static final String ISSUER = "http://127.0.0.1:9999";

    @Autowired
    CatalogService catalog;

    @Autowired
    MemberService members;

    @Autowired
    PrerequisiteService prerequisites;

    @Autowired
    CompletionService completions;

    @Autowired
    org.centerformsc.portal.enrollment.SeatService seats;

    @Autowired
    org.centerformsc.portal.replay.ReplayService replays;

    @Autowired
    org.centerformsc.portal.giving.GivingService giving;

    @Autowired
    org.centerformsc.portal.giving.CampaignService campaigns;

    @Autowired
    PathwayService pathway;

    @Autowired
    DirectoryService directory;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Clock clock;

    @Test
    void seedsTheNewsletterProgramsAndTheDemoMembersOnceOnly() {
        DevelopmentIdentityProvider provider = () -> ISSUER;
        DemoData demoData = new DemoData(catalog, members,
                new StaticListableBeanFactory(Map.of("provider", provider))
                        .getBeanProvider(DevelopmentIdentityProvider.class), prerequisites, completions, seats,
                replays, giving, campaigns, pathway, directory, gazetteer, clock);

        demoData.run(new DefaultApplicationArguments());
        List<ProgramSummary> afterFirstRun = catalog.programs();
        demoData.run(new DefaultApplicationArguments());

        assertThat(catalog.programs()).isEqualTo(afterFirstRun);
        assertThat(campaigns.campaign("GIVING-TUESDAY-2026")).get()
                .satisfies(tuesday -> assertThat(tuesday.goal().minorUnits()).isEqualTo(5_000_000));
        assertThat(afterFirstRun).extracting(ProgramSummary::code).contains("MSC", "LOMSC", "MSC-INTENSIVE",
                "SILENT-RETREAT", "TEACHER-TRAINING", "SC-SHAME", "SCHC", "SCIP-1", "SELF-FORGIVENESS",
                "IWD-RETREAT", "CIRCLES");
        assertThat(afterFirstRun).filteredOn(program -> program.code().equals("TEACHER-TRAINING"))
                .singleElement().extracting(ProgramSummary::offeringCount)
                .as("LOTT-28, LOTT-29 and the past training the demo trainer taught").isEqualTo(3L);
        DemoAccount participant = DemoAccount.ALL.get(0);
        assertThat(members.recordSignIn(new MemberIdentity(ISSUER, "participant"), participant.name(),
                participant.email(), participant.locale()).displayName()).isEqualTo("Alex Morgan");
        assertTheTeachersAcceptanceCase(provider);
    }

    /** The issue's acceptance: Utrecht, 50 km, certified, Dutch finds Eva; the demo teacher's renewal picture. */
    private void assertTheTeachersAcceptanceCase(DevelopmentIdentityProvider provider) {
        DirectoryQuery utrecht = new DirectoryQuery(null, gazetteer.resolve("Utrecht").orElseThrow().id(), 50,
                TrainingLevel.CERTIFIED, "nl", DeliveryMode.ANY);
        assertThat(directory.search(utrecht, 0, 20)).extracting(DirectoryCard::name).contains("Eva de Vries")
                .doesNotContain("Pieter Janssen", "Sanne Bakker", "Lena Schmidt");

        Pathway pathway = TestLogins.asStaff(() -> this.pathway.trainingOf(members.registerIfAbsent(
                new MemberIdentity(ISSUER, "teacher"), "Jordan Ellis", "teacher@example.org", "en-US"))).pathway();
        assertThat(pathway.level()).isEqualTo(TrainingLevel.CERTIFIED);
        Pathway.RenewalCycle renewal = pathway.renewalCycle().orElseThrow();
        assertThat(renewal.consultations().toGo()).isEqualTo(2);
        assertThat(renewal.due()).isEqualTo(LocalDate.now(clock).plusDays(40));
    }
}
