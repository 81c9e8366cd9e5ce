package org.centerformsc.portal.eligibility.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.completion.CompletionLine;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.CompletionStatus;
import org.centerformsc.portal.eligibility.EligibilityService;
import org.centerformsc.portal.eligibility.ProgramPath;
import org.centerformsc.portal.eligibility.Suggestion;
import org.centerformsc.portal.eligibility.VerdictWording;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "My path": what the member completed, what they are taking, and what each advanced program still needs. */
@Route("my-path")
@PermitAll
@Menu(order = 3, title = "nav.mypath", icon = "vaadin:road")
class MyPathView extends VerticalLayout implements HasDynamicTitle {

    private final CompletionService completions;
    private final EligibilityService eligibility;
    private final EnrollmentService enrollment;
    private final CatalogService catalog;
    private final Clock clock;

    MyPathView(CompletionService completions, EligibilityService eligibility, EnrollmentService enrollment,
               CatalogService catalog, Clock clock) {
        this.completions = completions;
        this.eligibility = eligibility;
        this.enrollment = enrollment;
        this.catalog = catalog;
        this.clock = clock;
        setId("my-path-view");
        render();
    }

    private void render() {
        removeAll();
        add(new ViewHeader(getTranslation("nav.mypath"), getTranslation("mypath.lead")));
        add(completed(), inProgress(), advanced());
    }

    private Section completed() {
        UnorderedList list = new UnorderedList();
        list.setId("completed");
        Locale locale = getLocale();
        for (CompletionLine line : completions.myCompletions()) {
            String status = switch (line.status()) {
                case VERIFIED -> getTranslation("mypath.source." + line.source());
                case PENDING -> getTranslation("mypath.status.PENDING");
                case REJECTED -> getTranslation("mypath.status.REJECTED", line.rejectionReason());
                case REVOKED -> getTranslation("mypath.status.REVOKED");
            };
            ListItem item = new ListItem(line.programName() + " · "
                    + org.centerformsc.portal.base.ui.TimeFormats.day(line.completedOn(), locale)
                    + (line.organisation() == null ? "" : " · " + line.organisation()) + " · " + status);
            item.getElement().setAttribute("data-status", line.status().name());
            list.add(item);
        }
        Button claim = new Button(getTranslation("mypath.claim"), click -> new ClaimDialog(catalog.programs(),
                completions, this::render).open());
        claim.setId("claim-completion");
        Section section = new Section(new H2(getTranslation("mypath.completed")));
        if (list.getChildren().findAny().isEmpty()) {
            section.add(new Paragraph(getTranslation("mypath.completed.none")));
        }
        section.add(list, claim);
        return section;
    }

    private Section inProgress() {
        Section section = new Section(new H2(getTranslation("mypath.inprogress")));
        section.setId("in-progress");
        Instant now = clock.instant();
        List<MyEnrollment> enrolled = enrollment.myEnrollments().stream()
                .filter(e -> e.status() == EnrollmentStatus.ENROLLED).toList();
        List<OfferingDetails> current = catalog.offerings(enrolled.stream().map(MyEnrollment::offeringId).toList())
                .stream().filter(d -> d.card().lastSessionEnd().isAfter(now)).toList();
        if (current.isEmpty()) {
            section.add(new Paragraph(getTranslation("mypath.inprogress.none")));
        }
        current.forEach(details -> section.add(new Div(new Anchor("courses/" + details.card().code(),
                details.card().title()), new Div(TimeFormats.dayRange(details.card().firstSessionStart(),
                details.card().lastSessionEnd(), details.card().zone(), getLocale())))));
        return section;
    }

    private Section advanced() {
        Section section = new Section(new H2(getTranslation("mypath.advanced")));
        section.setId("advanced");
        Map<String, String> names = catalog.programNames();
        for (ProgramPath path : eligibility.myPath()) {
            Div program = new Div(new H3(path.programName()));
            program.addClassName("card");
            program.getElement().setAttribute("data-program", path.programCode());
            if (path.nextOffering() == null) {
                program.add(new Paragraph(getTranslation("mypath.nooffering")));
            } else {
                program.add(new Paragraph(new Anchor("courses/" + path.nextOffering().code(),
                        getTranslation("mypath.next", path.nextOffering().title()))));
                Paragraph verdict = new Paragraph(VerdictWording.summary(path.explanation().verdict(), names,
                        getLocale(), this::getTranslation));
                verdict.addClassName("verdict");
                program.add(verdict);
                for (Suggestion suggestion : path.explanation().suggestions()) {
                    program.add(new Div(new Anchor("courses/" + suggestion.offering().code(),
                            suggestion.offering().title())));
                }
            }
            section.add(program);
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.mypath") + " | " + getTranslation("app.title");
    }
}
