package org.centerformsc.portal.fees.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.FeeOptions;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.fees.MyScholarship;
import org.centerformsc.portal.fees.ScholarshipRequestRow;
import org.centerformsc.portal.fees.ScholarshipService;
import org.centerformsc.portal.fees.ScholarshipStatus;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ScholarshipsViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    ScholarshipService scholarships;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffGrantAnAmountButNotMoreThanTheFeeAndDeclineAnotherWithAReason() {
        OfferingId offering = TestOffering.offering().capacity(5).price(Price.of("USD", 55_000))
                .feeOptions(new FeeOptions(null, null, true)).create(catalog);
        OAuth2AuthenticationToken gus = TestLogins.signedUp(members, "Gus Granted");
        OAuth2AuthenticationToken dot = TestLogins.signedUp(members, "Dot Declined");
        TestLogins.as(gus, () -> { scholarships.ask(offering, "Unemployed since May."); return null; });
        TestLogins.as(dot, () -> { scholarships.ask(offering, "Would like a discount."); return null; });
        signInAs("scholarship-staff", "Sam Staff", Roles.STAFF);
        UI.getCurrent().navigate(ScholarshipsView.class);

        ScholarshipRequestRow gusRow = row("Gus Granted");
        assertThat(gusRow.reason()).isEqualTo("Unemployed since May.");
        _click(action(gusRow, "grant-"));
        ScholarshipDecisionDialog dialog = _get(ScholarshipDecisionDialog.class);
        dialog.kind.setValue(ScholarshipDecisionDialog.Kind.AMOUNT);
        BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("grant-amount"));
        _setValue(amount, new BigDecimal("600"));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).isEqualTo("A scholarship cannot be more than the course fee.");
        assertThat(statusOf(gusRow)).isEqualTo("REQUESTED");

        _setValue(amount, new BigDecimal("250"));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        MyScholarship granted = TestLogins.as(gus, () -> scholarships.myScholarship(offering)).orElseThrow();
        assertThat(granted.status()).isEqualTo(ScholarshipStatus.GRANTED);
        assertThat(granted.price().amountMinor()).isEqualTo(30_000);

        ScholarshipRequestRow dotRow = row("Dot Declined");
        _click(action(dotRow, "decline-"));
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("decline-reason"));
        assertThat(reason.getErrorMessage()).isEqualTo(
                "Please give the reason the member will read (up to 1,000 characters).");
        _setValue(reason, "The fund goes to those who could not take part otherwise.");
        _click(_get(Button.class, spec -> spec.withId("confirm-decision")));

        assertThat(TestLogins.as(dot, () -> scholarships.myScholarship(offering)).orElseThrow().declineReason())
                .isEqualTo("The fund goes to those who could not take part otherwise.");
        assertThat(rowIndex("Gus Granted")).isEqualTo(-1);
        assertThat(rowIndex("Dot Declined")).isEqualTo(-1);
    }

    @Test
    void theReportShowsGiftsToTheFundForThePeriodChosen() {
        jdbc.update("INSERT INTO gift (member_id, amount_minor, currency, given_at, source, recorded_by, designation,"
                + " donor_name, donor_email) VALUES (NULL, 7000, 'GBP', ?, 'STRIPE', 'test', 'CIRCLES_SCHOLARSHIPS',"
                + " 'Guest', 'guest@example.org')", Timestamp.from(Instant.parse("1999-06-15T12:00:00Z")));
        signInAs("scholarship-reporter", "Rita Report", Roles.STAFF);
        UI.getCurrent().navigate(ScholarshipsView.class);
        ScholarshipFundReport report = _get(ScholarshipFundReport.class);

        report.from.setValue(java.time.LocalDate.of(1999, 6, 1));
        report.to.setValue(java.time.LocalDate.of(1999, 6, 30));

        assertThat(GridKt._size(report.lines)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(report.lines, 0)).containsExactly("GBP", "£70.00", "1", "£0.00", "0");
        assertThat(report.decisions.getText()).startsWith("In this period 0 granted, 0 declined;");

        report.to.setValue(java.time.LocalDate.of(1999, 5, 1));
        assertThat(report.to.isInvalid()).isTrue();
    }

    private ScholarshipRequestRow row(String member) {
        var grid = _get(ScholarshipsView.class).queue;
        return (ScholarshipRequestRow) GridKt._get(grid, rowIndex(member));
    }

    private int rowIndex(String member) {
        var grid = _get(ScholarshipsView.class).queue;
        grid.getDataProvider().refreshAll();
        for (int i = 0; i < _size(grid); i++) {
            if (((ScholarshipRequestRow) GridKt._get(grid, i)).memberName().equals(member)) {
                return i;
            }
        }
        return -1;
    }

    private Button action(ScholarshipRequestRow row, String prefix) {
        var grid = _get(ScholarshipsView.class).queue;
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(grid, rowIndex(row.memberName()), "actions");
        return _get(actions, Button.class, spec -> spec.withId(prefix + row.id()));
    }

    private String statusOf(ScholarshipRequestRow row) {
        return jdbc.queryForObject("SELECT status FROM scholarship_request WHERE id = ?", String.class, row.id());
    }
}
