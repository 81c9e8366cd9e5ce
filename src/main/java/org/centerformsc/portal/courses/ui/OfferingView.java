package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.ProgramTexts;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.eligibility.EligibilityService;
import org.centerformsc.portal.eligibility.Explanation;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.fees.CheckoutService;
import org.centerformsc.portal.fees.ScholarshipService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.CurrentMember;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** One offering: its facts, the full schedule in the viewer's zone, and enrolling. Public. */
@Route("courses/:code")
@AnonymousAllowed
class OfferingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CatalogService catalog;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private final CurrentMember currentMember;
    private final Clock clock;
    private final EligibilityService eligibility;
    private final CheckoutService checkouts;
    private final ScholarshipService scholarships;
    private OfferingDetails offering;
    private boolean returningFromPayment;

    OfferingView(CatalogService catalog, EnrollmentService enrollment, MemberService members,
                 CurrentMember currentMember, Clock clock, EligibilityService eligibility, CheckoutService checkouts,
                 ScholarshipService scholarships) {
        this.scholarships = scholarships;
        this.eligibility = eligibility;
        this.checkouts = checkouts;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.members = members;
        this.currentMember = currentMember;
        this.clock = clock;
        setId("offering-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        offering = catalog.offering(code).orElseThrow(NotFoundException::new);
        returningFromPayment = event.getLocation().getQueryParameters().getParameters().containsKey("paid");
        if (isAttached()) {
            // from one course page to another, Vaadin keeps this view: show the new course
            event.getUI().access(() -> onAttach(new AttachEvent(this, false)));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ViewerZone.resolve(event.getUI(), members.preferredZone(), null, this::render);
    }

    private void render(ZoneId viewer) {
        removeAll();
        OfferingCard card = offering.card();
        Locale locale = getLocale();
        Instant now = clock.instant();
        ProgramTexts programs = catalog.programTexts(locale);
        ViewHeader header = new ViewHeader(card.title(), ProgramWords.titleText(programs, card.programCode(),
                card.programName()));
        add(header);
        if (card.cancelled()) {
            // a member may come from the cancellation e-mail or an old link: say so first, and take no enrollment
            Paragraph cancelled = new Paragraph(getTranslation("offering.cancelled", offering.cancelReason()));
            cancelled.setId("offering-cancelled");
            cancelled.addClassName("error-text");
            add(cancelled);
        }
        Paragraph summary = new Paragraph(ProgramWords.summary(programs, card.programCode(),
                offering.programSummary()));
        summary.setId("program-summary");
        add(summary);
        Div facts = new Div(OfferingFacts.when(this, card, viewer, locale), OfferingFacts.span(this, card, viewer, locale),
                OfferingFacts.where(this, card, locale), OfferingFacts.teachers(this, card),
                OfferingFacts.price(this, card.price(), now, viewer, card.zone(), locale));
        java.util.Optional.ofNullable(OfferingFacts.feeOptions(this, card, locale)).ifPresent(facts::add);
        facts.addClassName("card");
        facts.setId("offering-facts");
        add(facts);
        eligibility.explain(card.id()).filter(Explanation::ruled).ifPresent(explanation -> add(new EligibilityPanel(card,
                explanation, catalog.programNames(), eligibility, locale)));
        if (card.cancelled()) {
            add(schedule(viewer == null ? card.zone() : viewer, card.zone(), locale));
            return;
        }
        add(new EnrollmentPanel(card, enrollment, checkouts, currentMember, clock, viewer, locale,
                returningFromPayment));
        if (currentMember.isSignedIn() && card.feeOptions().scholarships() && now.isBefore(card.firstSessionStart())) {
            add(new ScholarshipPanel(card, scholarships, viewer == null ? card.zone() : viewer, locale));
        }
        add(schedule(viewer == null ? card.zone() : viewer, card.zone(), locale));
        Anchor calendar = new Anchor("calendar/offerings/" + card.code() + ".ics", getTranslation("offering.ics"));
        calendar.setId("add-to-calendar");
        calendar.setRouterIgnore(true);
        calendar.getElement().setAttribute("download", true);
        add(calendar);
    }

    private Div schedule(ZoneId shown, ZoneId eventZone, Locale locale) {
        OrderedList list = new OrderedList();
        list.setId("schedule");
        List<SessionTime> sessions = offering.sessions();
        boolean otherZone = !shown.equals(eventZone);
        for (SessionTime session : sessions) {
            ListItem item = new ListItem(TimeFormats.sessionRange(session.startsAt(), session.endsAt(), shown, locale));
            if (otherZone) {
                Span local = new Span(" (" + TimeFormats.sessionInEventZone(session.startsAt(), session.endsAt(),
                        shown, eventZone, locale) + ")");
                local.addClassName("event-zone");
                item.add(local);
            }
            list.add(item);
        }
        return new Div(new H2(getTranslation("offering.schedule")), list);
    }

    @Override
    public String getPageTitle() {
        return (offering == null ? "" : offering.card().title() + " | ") + getTranslation("app.title");
    }
}
