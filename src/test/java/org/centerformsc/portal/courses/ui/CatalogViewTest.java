package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.virtuallist.VirtualList;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.catalog.ProgramSummary;
import org.centerformsc.portal.TestOffering;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Test
    void showsUpcomingOfferingsButNotPastOnes() {
        TestOffering upcoming = TestOffering.offering().program("CAT-UPCOMING");
        upcoming.create(catalog);
        TestOffering past = TestOffering.offering().program("CAT-UPCOMING")
                .registration(Instant.now().minus(Duration.ofDays(60)), Instant.now().minus(Duration.ofDays(40)))
                .firstSessionAt(Instant.now().minus(Duration.ofDays(40)));
        past.create(catalog);
        visitAnonymously();
        UI.getCurrent().navigate(CatalogView.class);

        filters().program.setValue(program("CAT-UPCOMING"));

        assertThat(shownCodes()).containsExactly(upcoming.code());
    }

    @Test
    void filtersByFormatLanguageAndPrice() {
        TestOffering free = TestOffering.offering().program("CAT-MIX").price(Price.free()).language("nl");
        TestOffering paidInPerson = TestOffering.offering().program("CAT-MIX").inPerson("Utrecht").language("nl")
                .price(Price.of("USD", 10_000));
        TestOffering paidOnline = TestOffering.offering().program("CAT-MIX").language("de")
                .price(Price.of("USD", 10_000));
        free.create(catalog);
        paidInPerson.create(catalog);
        paidOnline.create(catalog);
        visitAnonymously();
        UI.getCurrent().navigate(CatalogView.class);
        CatalogFilters filters = filters();
        filters.program.setValue(program("CAT-MIX"));

        filters.language.setValue("nl");
        assertThat(shownCodes()).containsExactlyInAnyOrder(free.code(), paidInPerson.code());

        filters.cost.setValue(CatalogFilters.Cost.PAID);
        assertThat(shownCodes()).containsExactly(paidInPerson.code());

        filters.cost.clear();
        filters.language.clear();
        filters.format.setValue(OfferingFormat.ONLINE);
        assertThat(shownCodes()).containsExactlyInAnyOrder(free.code(), paidOnline.code());
    }

    @Test
    void filtersByTheMonthOfTheFirstSession() {
        Instant inThreeMonths = YearMonth.now(ZoneId.of("UTC")).plusMonths(3).atDay(15).atTime(12, 0)
                .atZone(ZoneId.of("UTC")).toInstant();
        TestOffering later = TestOffering.offering().program("CAT-MONTH").firstSessionAt(inThreeMonths);
        TestOffering sooner = TestOffering.offering().program("CAT-MONTH");
        later.create(catalog);
        sooner.create(catalog);
        visitAnonymously();
        UI.getCurrent().navigate(CatalogView.class);
        filters().program.setValue(program("CAT-MONTH"));

        filters().month.setValue(YearMonth.now(ZoneId.of("UTC")).plusMonths(3));

        assertThat(shownCodes()).containsExactly(later.code());
    }

    @Test
    void saysSoWhenNothingMatches() {
        TestOffering.offering().program("CAT-NONE").language("en").create(catalog);
        visitAnonymously();
        UI.getCurrent().navigate(CatalogView.class);
        filters().program.setValue(program("CAT-NONE"));

        filters().language.setValue("sv");

        assertThat(_get(Paragraph.class, spec -> spec.withId("no-offerings")).isVisible()).isTrue();
    }

    @Test
    void cardShowsEarlyBirdPriceSeatsAndBothZones() {
        Instant deadline = Instant.now().plus(Duration.ofDays(5));
        TestOffering offering = TestOffering.offering().program("CAT-CARD").capacity(12)
                .price(new Price("USD", 149_500, 129_500L, deadline));
        offering.create(catalog);
        visitAnonymously();
        UI.getCurrent().navigate(CatalogView.class);
        filters().program.setValue(program("CAT-CARD"));

        String text = renderedCard(offering.code()).getElement().getTextRecursively();

        assertThat(text).contains("$1,295.00 early bird until").contains("then $1,495.00");
        assertThat(text).contains("12 seats left");
        // a viewer in Helsinki sees Helsinki time with the offering's Pacific time beside it
        assertThat(text).containsPattern("EE[S]?T").containsPattern("P[SD]T");
    }

    @Test
    void theEarlyBirdsLastDayIsTheEventsAndItsEndIsToldInTheReadersZone() {
        ZoneId pacific = ZoneId.of("America/Los_Angeles");
        LocalDate lastDay = LocalDate.now(pacific).plusDays(5);
        Instant deadline = lastDay.plusDays(1).atStartOfDay(pacific).toInstant();
        TestOffering offering = TestOffering.offering().program("CAT-BIRD")
                .price(new Price("USD", 55_000, 49_500L, deadline));
        offering.create(catalog);
        visitAnonymously();
        UI.getCurrent().navigate(CatalogView.class);
        filters().program.setValue(program("CAT-BIRD"));

        String text = renderedCard(offering.code()).getElement().getTextRecursively().replace('\u202f', ' ');

        DateTimeFormatter medium = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.US);
        // midnight in California is the next morning in Helsinki
        assertThat(text).containsPattern(Pattern.quote("$495.00 early bird until " + medium.format(lastDay) + " (ends "
                + medium.format(lastDay.plusDays(1)) + ", ") + "\\d{1,2}:00 AM EE[S]?T your time\\), then \\$550\\.00");
    }

    private CatalogFilters filters() {
        return _get(CatalogFilters.class);
    }

    private ProgramSummary program(String code) {
        return catalog.programs().stream().filter(program -> program.code().equals(code)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> shownCodes() {
        VirtualList<Listing> list = _get(VirtualList.class, spec -> spec.withId("offerings"));
        if (!list.isVisible()) {
            return List.of();
        }
        var provider = list.getDataProvider();
        int size = provider.size(new com.vaadin.flow.data.provider.Query<>());
        return provider.fetch(new com.vaadin.flow.data.provider.Query<>(0, Math.max(size, 1), List.of(), null, null))
                .map(listing -> listing.card().code()).toList();
    }

    @SuppressWarnings("unchecked")
    private Article renderedCard(String code) {
        VirtualList<Listing> list = _get(VirtualList.class, spec -> spec.withId("offerings"));
        Listing listing = list.getDataProvider().fetch(new com.vaadin.flow.data.provider.Query<>(0, 50, List.of(), null,
                null)).filter(l -> l.card().code().equals(code)).findFirst().orElseThrow();
        return new OfferingCardView(listing, org.centerformsc.portal.catalog.ProgramTexts.english(),
                ZoneId.of("Europe/Helsinki"), Instant.now(), java.util.Locale.US);
    }
}
