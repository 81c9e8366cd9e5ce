package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import org.centerformsc.portal.catalog.OfferingFilter;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.ProgramSummary;
import org.centerformsc.portal.catalog.ProgramTexts;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The catalog's filters: program, format, language, month and price. Empty means "any". */
class CatalogFilters extends FlexLayout {

    enum Cost { FREE, PAID }

    final ComboBox<ProgramSummary> program = new ComboBox<>();
    final Select<OfferingFormat> format = new Select<>();
    final ComboBox<String> language = new ComboBox<>();
    final Select<YearMonth> month = new Select<>();
    final Select<Cost> cost = new Select<>();

    CatalogFilters(List<ProgramSummary> programs, ProgramTexts texts, List<String> languages, YearMonth thisMonth,
                   Runnable onChange) {
        Locale locale = getLocale();
        program.setLabel(getTranslation("catalog.filter.program"));
        program.setId("filter-program");
        program.setItems(programs);
        program.setItemLabelGenerator(summary -> ProgramWords.titleText(texts, summary.code(), summary.name()));
        program.setClearButtonVisible(true);
        program.setPlaceholder(getTranslation("catalog.filter.any"));

        format.setLabel(getTranslation("catalog.filter.format"));
        format.setId("filter-format");
        format.setItems(OfferingFormat.values());
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption(getTranslation("catalog.filter.any"));
        format.setItemLabelGenerator(value -> value == null ? getTranslation("catalog.filter.any")
                : getTranslation("offering.format." + value.name().toLowerCase(Locale.ROOT)));

        language.setLabel(getTranslation("catalog.filter.language"));
        language.setId("filter-language");
        language.setItems(languages);
        language.setItemLabelGenerator(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale));
        language.setClearButtonVisible(true);
        language.setPlaceholder(getTranslation("catalog.filter.any"));

        month.setLabel(getTranslation("catalog.filter.month"));
        month.setId("filter-month");
        month.setItems(Stream.iterate(thisMonth, m -> m.plusMonths(1)).limit(12).toList());
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(getTranslation("catalog.filter.any"));
        month.setItemLabelGenerator(value -> value == null ? getTranslation("catalog.filter.any")
                : org.centerformsc.portal.base.ui.TimeFormats.month(value, locale));

        cost.setLabel(getTranslation("catalog.filter.price"));
        cost.setId("filter-price");
        cost.setItems(Cost.values());
        cost.setEmptySelectionAllowed(true);
        cost.setEmptySelectionCaption(getTranslation("catalog.filter.any"));
        cost.setItemLabelGenerator(value -> value == null ? getTranslation("catalog.filter.any")
                : getTranslation("catalog.filter.price." + value.name().toLowerCase(Locale.ROOT)));

        add(program, format, language, month, cost);
        addClassName("catalog-filters");
        setFlexWrap(FlexWrap.WRAP);
        program.addValueChangeListener(e -> onChange.run());
        format.addValueChangeListener(e -> onChange.run());
        language.addValueChangeListener(e -> onChange.run());
        month.addValueChangeListener(e -> onChange.run());
        cost.addValueChangeListener(e -> onChange.run());
    }

    /** The filter as the service takes it; a month runs from its first to its last day in the viewer's zone. */
    OfferingFilter filter(Instant now, ZoneId viewer) {
        Instant from = month.getValue() == null ? null : month.getValue().atDay(1).atStartOfDay(viewer).toInstant();
        Instant before = month.getValue() == null ? null
                : month.getValue().plusMonths(1).atDay(1).atStartOfDay(viewer).toInstant();
        Boolean free = cost.getValue() == null ? null : cost.getValue() == Cost.FREE;
        return new OfferingFilter(program.getValue() == null ? null : program.getValue().code(), format.getValue(),
                language.getValue(), from, before, free, now);
    }
}
