package org.centerformsc.portal.reports.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Figures of a table turned into a chart: one label per distinct row key (in the order met), one dataset per
 * series (a program, a currency), null where a series has no figure for a label. Money in different currencies
 * stays in different datasets, never added up.
 */
final class Pivot {

    private final LinkedHashSet<String> labels = new LinkedHashSet<>();
    private final Map<String, Map<String, Number>> series = new LinkedHashMap<>();

    Pivot put(String label, String seriesName, Number value) {
        labels.add(label);
        series.computeIfAbsent(seriesName, name -> new LinkedHashMap<>()).put(label, value);
        return this;
    }

    Figures.Chart chart(String type) {
        List<Figures.Dataset> datasets = new ArrayList<>();
        series.forEach((name, values) -> {
            List<Number> line = new ArrayList<>();
            labels.forEach(label -> line.add(values.get(label)));
            datasets.add(new Figures.Dataset(name, line));
        });
        return new Figures.Chart(type, List.copyOf(labels), datasets);
    }
}
