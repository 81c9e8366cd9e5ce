package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.places.Place;
import org.centerformsc.portal.teaching.DeliveryMode;
import org.centerformsc.portal.teaching.DirectoryCard;
import org.centerformsc.portal.teaching.DirectoryQuery;
import org.centerformsc.portal.teaching.DirectoryService;
import org.centerformsc.portal.teaching.TrainingLevel;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The public teacher directory: find an MSC teacher by name, distance from a place, training level, language and
 * online / in person. The search is kept in the address, so a search can be bookmarked and shared.
 */
@Route("teachers")
@AnonymousAllowed
@Menu(order = 2, title = "nav.directory", icon = "vaadin:users")
class DirectoryView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int DEFAULT_KM = 50;
    static final List<Integer> RADII = List.of(10, 25, 50, 100, 250, 1000);

    final TextField name = new TextField();
    final ComboBox<Place> near = new ComboBox<>();
    final Select<Integer> within = new Select<>();
    final Select<TrainingLevel> level = new Select<>();
    final ComboBox<String> language = new ComboBox<>();
    final Select<DeliveryMode> mode = new Select<>();
    final Grid<DirectoryCard> results = new Grid<>();
    final Paragraph summary = new Paragraph();
    private final DirectoryService directory;
    private final Gazetteer gazetteer;
    private boolean restoring;

    DirectoryView(DirectoryService directory, Gazetteer gazetteer) {
        this.directory = directory;
        this.gazetteer = gazetteer;
        setId("directory-view");
        add(new ViewHeader(getTranslation("nav.directory"), getTranslation("directory.lead")));
        configureFilters();
        configureResults();
        FlexLayout filters = new FlexLayout(name, near, within, level, language, mode);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("catalog-filters");
        Paragraph attribution = new Paragraph(getTranslation("directory.attribution"));
        attribution.addClassName("fact");
        add(filters, summary, results, attribution);
        setFlexGrow(1, results);
        setHeightFull();
    }

    private void configureFilters() {
        name.setLabel(getTranslation("directory.filter.name"));
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setId("filter-name");
        near.setLabel(getTranslation("directory.filter.near"));
        near.setPlaceholder(getTranslation("directory.filter.near.placeholder"));
        near.setItems(query -> gazetteer.suggest(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        near.setItemLabelGenerator(place -> place.label(getLocale()));
        near.setClearButtonVisible(true);
        near.setWidth("20rem");
        near.setId("filter-near");
        within.setLabel(getTranslation("directory.filter.within"));
        within.setItems(RADII);
        within.setItemLabelGenerator(km -> getTranslation("directory.km", km));
        within.setValue(DEFAULT_KM);
        within.setId("filter-within");
        level.setLabel(getTranslation("directory.filter.level"));
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("directory.filter.any"));
        level.setItems(TrainingLevel.values());
        level.setItemLabelGenerator(l -> l == null ? getTranslation("directory.filter.any")
                : getTranslation("level." + l));
        level.setWidth("13rem");
        level.setId("filter-level");
        language.setLabel(getTranslation("directory.filter.language"));
        language.setItems(Languages.all(getLocale()));
        language.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        language.setClearButtonVisible(true);
        language.setId("filter-language");
        mode.setLabel(getTranslation("directory.filter.mode"));
        mode.setItems(DeliveryMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("directory.mode." + m));
        mode.setValue(DeliveryMode.ANY);
        mode.setWidth("13rem");
        mode.setId("filter-mode");
        name.addValueChangeListener(e -> search());
        near.addValueChangeListener(e -> search());
        within.addValueChangeListener(e -> search());
        level.addValueChangeListener(e -> search());
        language.addValueChangeListener(e -> search());
        mode.addValueChangeListener(e -> search());
    }

    private void configureResults() {
        results.setId("directory-results");
        // on a phone the filters fill the screen: the results keep room of their own and the page scrolls
        results.setMinHeight("24rem");
        results.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addComponentColumn(card -> new Anchor("teachers/" + card.id().value(), card.name()))
                .setHeader(getTranslation("directory.column.name")).setAutoWidth(true);
        results.addColumn(card -> getTranslation("level." + card.level()))
                .setHeader(getTranslation("directory.column.level")).setAutoWidth(true);
        results.addColumn(this::where).setHeader(getTranslation("directory.column.city")).setAutoWidth(true);
        results.addColumn(card -> card.languages().stream().map(code -> Languages.name(code, getLocale()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("directory.column.languages"));
        results.addColumn(this::modes).setHeader(getTranslation("directory.column.mode"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        restoring = true;
        name.setValue(first(params, "name").orElse(""));
        first(params, "near").flatMap(gazetteer::place).ifPresent(near::setValue);
        within.setValue(first(params, "km").map(DirectoryView::number).orElse(DEFAULT_KM));
        level.setValue(first(params, "level").flatMap(DirectoryView::level).orElse(null));
        first(params, "lang").filter(code -> Languages.all(getLocale()).contains(code)).ifPresent(language::setValue);
        mode.setValue(first(params, "mode").flatMap(DirectoryView::mode).orElse(DeliveryMode.ANY));
        restoring = false;
        search();
    }

    private void search() {
        if (restoring) {
            return;
        }
        DirectoryQuery query = query();
        long count = directory.count(query);
        summary.setText(getTranslation("directory.found", count));
        summary.setId("directory-count");
        results.setItems(q -> directory.search(query, q.getOffset(), q.getLimit()).stream());
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("teachers", parameters()));
    }

    DirectoryQuery query() {
        return new DirectoryQuery(name.getValue(), near.getValue() == null ? null : near.getValue().id(),
                near.getValue() == null ? null : within.getValue(), level.getValue(), language.getValue(),
                mode.getValue() == null ? DeliveryMode.ANY : mode.getValue());
    }

    private QueryParameters parameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!name.getValue().isBlank()) {
            params.put("name", name.getValue().strip());
        }
        if (near.getValue() != null) {
            params.put("near", near.getValue().id());
            params.put("km", String.valueOf(within.getValue()));
        }
        if (level.getValue() != null) {
            params.put("level", level.getValue().name());
        }
        if (language.getValue() != null) {
            params.put("lang", language.getValue());
        }
        if (mode.getValue() != null && mode.getValue() != DeliveryMode.ANY) {
            params.put("mode", mode.getValue().name());
        }
        return QueryParameters.simple(params);
    }

    private String where(DirectoryCard card) {
        if (card.city() == null) {
            return "";
        }
        String place = card.city() + ", " + new java.util.Locale("", card.countryCode()).getDisplayCountry(getLocale());
        if (card.distanceKm() == null) {
            return place;
        }
        NumberFormat format = NumberFormat.getIntegerInstance(getLocale());
        return place + " · " + getTranslation("directory.km-away", format.format(Math.round(card.distanceKm())));
    }

    private String modes(DirectoryCard card) {
        if (card.online() && card.inPerson()) {
            return getTranslation("directory.mode.both");
        }
        return card.online() ? getTranslation("directory.mode.ONLINE")
                : card.inPerson() ? getTranslation("directory.mode.IN_PERSON") : "";
    }

    private static Optional<String> first(Map<String, List<String>> params, String key) {
        return params.getOrDefault(key, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Integer number(String text) {
        return RADII.stream().filter(km -> String.valueOf(km).equals(text)).findFirst().orElse(DEFAULT_KM);
    }

    private static Optional<TrainingLevel> level(String text) {
        return java.util.Arrays.stream(TrainingLevel.values()).filter(l -> l.name().equals(text)).findFirst();
    }

    private static Optional<DeliveryMode> mode(String text) {
        return java.util.Arrays.stream(DeliveryMode.values()).filter(m -> m.name().equals(text)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.directory") + " | " + getTranslation("app.title");
    }
}
