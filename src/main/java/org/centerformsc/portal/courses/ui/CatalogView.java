package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.ProgramTexts;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingFilter;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.eligibility.EligibilityService;
import org.centerformsc.portal.eligibility.Verdict;
import org.centerformsc.portal.eligibility.VerdictWording;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.Seats;
import org.centerformsc.portal.member.MemberService;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The public course catalog: upcoming offerings, soonest first, filterable, paged lazily. */
@Route("courses")
@AnonymousAllowed
@Menu(order = 1, title = "nav.courses", icon = "vaadin:academy-cap")
class CatalogView extends VerticalLayout implements HasDynamicTitle {

    private final CatalogService catalog;
    private final ProgramTexts programTexts;
    private final EnrollmentService enrollment;
    private final MemberService members;
    private final Clock clock;
    private final EligibilityService eligibility;
    private final CatalogFilters filters;
    private final VirtualList<Listing> results = new VirtualList<>();
    private final Paragraph empty = new Paragraph();
    private ZoneId viewerZone;

    CatalogView(CatalogService catalog, EnrollmentService enrollment, MemberService members, Clock clock,
                EligibilityService eligibility) {
        this.eligibility = eligibility;
        this.catalog = catalog;
        this.enrollment = enrollment;
        this.members = members;
        this.clock = clock;
        setId("catalog-view");
        programTexts = catalog.programTexts(getLocale());
        filters = new CatalogFilters(catalog.programs(), programTexts, catalog.offeringLanguages(),
                YearMonth.now(clock.withZone(ZoneId.of("UTC"))), this::refresh);
        results.setId("offerings");
        results.addClassName("offering-list");
        empty.setId("no-offerings");
        empty.setText(getTranslation("catalog.empty"));
        add(new ViewHeader(getTranslation("nav.courses"), getTranslation("catalog.lead")), filters, empty, results);
        setFlexGrow(1, results);
        setHeightFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ViewerZone.resolve(event.getUI(), members.preferredZone(), null, zone -> {
            viewerZone = zone;
            results.setRenderer(new ComponentRenderer<>(
                    listing -> new OfferingCardView(listing, programTexts, viewerZone, clock.instant(),
                            getLocale())));
            refresh();
        });
    }

    private void refresh() {
        Instant now = clock.instant();
        OfferingFilter filter = filters.filter(now, viewerZone == null ? ZoneId.of("UTC") : viewerZone);
        long count = catalog.countOfferings(filter);
        empty.setVisible(count == 0);
        results.setVisible(count > 0);
        // counted once per filter: the list asks for its size again on every fetch
        results.setDataProvider(DataProvider.fromCallbacks(
                query -> page(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) count));
    }

    private List<Listing> page(OfferingFilter filter, int offset, int limit) {
        List<OfferingCard> cards = catalog.offerings(filter, offset, limit);
        Map<OfferingId, Seats> seats = enrollment.seats(cards);
        Map<OfferingId, Verdict> verdicts = eligibility.verdicts(cards);
        Map<String, String> programs = verdicts.isEmpty() ? Map.of() : catalog.programNames();
        return cards.stream().map(card -> new Listing(card, seats.get(card.id()),
                verdicts.containsKey(card.id()) ? VerdictWording.summary(verdicts.get(card.id()), programs,
                        getLocale(), this::getTranslation) : null)).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.courses") + " | " + getTranslation("app.title");
    }
}
