package org.centerformsc.portal.reports.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ReportPeriod;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.ProgramService;
import org.centerformsc.portal.completion.CompletionReportService;
import org.centerformsc.portal.enrollment.EnrollmentReportService;
import org.centerformsc.portal.fees.FeeReportService;
import org.centerformsc.portal.giving.GivingReportService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.TeachingReportService;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Staff → Reports: for the days staff choose (in their zone), each report's chart, table and CSV. Every figure is
 * computed by the owning feature's service in SQL; a period that ends before it starts is refused and nothing runs.
 */
@Route("staff/reports")
@RolesAllowed(Roles.STAFF)
class ReportsView extends VerticalLayout implements HasDynamicTitle {

    /** The fullest offerings shown: enough for a planning meeting, few enough for one chart. */
    static final int FULLEST_OFFERINGS = 20;

    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Button show = new Button();
    final Div reports = new Div();
    private final ZoneId zone;
    private final EnrollmentReportService enrollment;
    private final FeeReportService fees;
    private final GivingReportService giving;
    private final CompletionReportService completion;
    private final TeachingReportService teaching;
    private final ProgramService programs;

    ReportsView(EnrollmentReportService enrollment, FeeReportService fees, GivingReportService giving,
                CompletionReportService completion, TeachingReportService teaching, ProgramService programs,
                MemberService members, Clock clock) {
        this.enrollment = enrollment;
        this.fees = fees;
        this.giving = giving;
        this.completion = completion;
        this.teaching = teaching;
        this.programs = programs;
        this.zone = members.preferredZone().orElse(ZoneOffset.UTC);
        setId("reports-view");
        add(new ViewHeader(getTranslation("reports.title"), getTranslation("reports.lead")));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        from.setId("reports-from");
        from.setLabel(getTranslation("reports.from"));
        from.setValue(today.withDayOfYear(1));
        to.setId("reports-to");
        to.setLabel(getTranslation("reports.to"));
        to.setValue(today);
        show.setId("reports-show");
        show.setText(getTranslation("reports.show"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickListener(click -> showReports());
        HorizontalLayout period = new HorizontalLayout(from, to, show);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        period.setWrap(true);
        reports.setId("reports");
        reports.setWidthFull();
        add(period, reports);
        showReports();
    }

    void showReports() {
        Optional<ReportPeriod> period = ReportPeriod.of(from.getValue(), to.getValue(), zone);
        reports.removeAll();
        if (period.isEmpty()) {
            to.setErrorMessage(getTranslation(from.getValue() == null || to.getValue() == null
                    ? "reports.period.missing" : "reports.period.backwards"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        ReportPeriod days = period.get();
        CourseFigures courses = new CourseFigures(getLocale(), programs.activeProgramTitles());
        GivingFigures gifts = new GivingFigures(getLocale());
        reports.add(
                new ReportSection(courses.enrollments(enrollment.enrollmentsPerProgramAndMonth(days))),
                new ReportSection(courses.fill(enrollment.fullestOfferings(days, FULLEST_OFFERINGS))),
                new ReportSection(courses.revenue(fees.revenueAndRefunds(days))),
                new ReportSection(gifts.perMonth(giving.giftsPerMonth(days))),
                new ReportSection(gifts.perDesignation(giving.giftsPerDesignation(days))),
                new ReportSection(gifts.perCampaign(giving.giftsPerCampaign(days))),
                new ReportSection(gifts.recurring(giving.recurringDonors(days))),
                new ReportSection(courses.completions(completion.completionsPerProgram(days))),
                new ReportSection(courses.teachers(teaching.teachersPerStage(days))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title") + " | " + getTranslation("app.title");
    }
}
