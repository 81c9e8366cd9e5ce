package org.centerformsc.portal;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.development.dataset.CountedStatements;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.replay.ReplayService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the speed gained at the organisation's size (docs/benchmarks.md): a member with a history of every kind
 * moves to the dashboard and to the catalog as in the portal (from another page, so the layout is in place), and
 * the statements sent to the database are counted where JDBC runs them. Counts, never times: a budget exceeded
 * fails with the statements that ran. A round trip with nothing to do (a heartbeat) sends none.
 */
class PageStatementBudgetTest extends KaribuTest {

    static final int DASHBOARD_BUDGET = 5;
    static final int CATALOG_BUDGET = 8;

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    ReplayService replays;

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    private List<String> courses;

    @BeforeEach
    void aMemberWithAHistory() {
        String subject = "budget-" + System.nanoTime();
        signInAs(subject, "Hana Heavy");
        courses = HeavyMember.build(subject, catalog, enrollment, replays, giving, campaigns, members,
                () -> signInAs(subject, "Hana Heavy"), () -> signInAs(subject + "-other", "Otto Other"));
        restartUi();
        UI.getCurrent().navigate("privacy");
        MockVaadin.clientRoundtrip();
    }

    @Test
    void theDashboardOfAHeavyMemberStaysWithinItsBudget() {
        long statements = navigateAndCount("dashboard");

        assertThat(text("my-courses")).contains(courses.get(0)).contains(courses.get(courses.size() - 1))
                .contains("You are number 1 on the waitlist.");
        assertThat(text("continue-watching")).contains("Campaign replay");
        assertThat(statements).as("statements of the dashboard: %s", CountedStatements.statements())
                .isLessThanOrEqualTo(DASHBOARD_BUDGET);
        assertThat(idleRoundtrip()).as("statements of a round trip with nothing to do").isZero();
    }

    @Test
    void theCatalogOfAHeavyMemberStaysWithinItsBudget() {
        // the programs, languages and rules are read by the first catalog after a change, then kept (decision 026)
        navigateAndCount("courses");
        UI.getCurrent().navigate("privacy");
        MockVaadin.clientRoundtrip();

        long statements = navigateAndCount("courses");

        @SuppressWarnings("unchecked")
        VirtualList<Object> list = _get(VirtualList.class);
        assertThat(list.getDataCommunicator().getItemCount()).isPositive();
        assertThat(statements).as("statements of the catalog: %s", CountedStatements.statements())
                .isLessThanOrEqualTo(CATALOG_BUDGET);
        assertThat(idleRoundtrip()).as("statements of a round trip with nothing to do").isZero();
    }

    /** Navigates as a link in the portal does, with the first 50 rows of every list asked for, as a browser does. */
    private static long navigateAndCount(String route) {
        CountedStatements.reset();
        UI.getCurrent().navigate(route);
        LocatorJ._find(VirtualList.class).forEach(list -> list.getDataCommunicator().setViewportRange(0, 50));
        MockVaadin.clientRoundtrip();
        return CountedStatements.count();
    }

    private static long idleRoundtrip() {
        CountedStatements.reset();
        MockVaadin.clientRoundtrip();
        return CountedStatements.count();
    }

    private static String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }
}
