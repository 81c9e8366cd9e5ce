package org.centerformsc.portal.demo;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.ProgramSummary;
import org.centerformsc.portal.eligibility.CompletionService;
import org.centerformsc.portal.eligibility.PrerequisiteService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.DemoAccount;
import org.centerformsc.portal.security.DevelopmentIdentityProvider;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

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
    org.centerformsc.portal.enrollment.EnrollmentService enrollment;

    @Autowired
    org.centerformsc.portal.replay.ReplayService replays;

    @Autowired
    org.centerformsc.portal.giving.GivingService giving;

    @Test
    void seedsTheNewsletterProgramsAndTheDemoMembersOnceOnly() {
        DevelopmentIdentityProvider provider = () -> ISSUER;
        DemoData demoData = new DemoData(catalog, members,
                new StaticListableBeanFactory(Map.of("provider", provider))
                        .getBeanProvider(DevelopmentIdentityProvider.class), prerequisites, completions, enrollment,
                replays, giving);

        demoData.run(new DefaultApplicationArguments());
        List<ProgramSummary> afterFirstRun = catalog.programs();
        demoData.run(new DefaultApplicationArguments());

        assertThat(catalog.programs()).isEqualTo(afterFirstRun);
        assertThat(afterFirstRun).extracting(ProgramSummary::code).contains("MSC", "LOMSC", "MSC-INTENSIVE",
                "SILENT-RETREAT", "TEACHER-TRAINING", "SC-SHAME", "SCHC", "SCIP-1", "SELF-FORGIVENESS",
                "IWD-RETREAT", "CIRCLES");
        assertThat(afterFirstRun).filteredOn(program -> program.code().equals("TEACHER-TRAINING"))
                .singleElement().extracting(ProgramSummary::offeringCount).isEqualTo(2L);
        DemoAccount participant = DemoAccount.ALL.get(0);
        assertThat(members.recordSignIn(new MemberIdentity(ISSUER, "participant"), participant.name(),
                participant.email(), participant.locale()).displayName()).isEqualTo("Alex Morgan");
    }
}
