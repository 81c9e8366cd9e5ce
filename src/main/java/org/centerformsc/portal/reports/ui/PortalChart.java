package org.centerformsc.portal.reports.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A chart drawn in the browser by Chart.js (MIT) through the small web component in
 * frontend/components/portal-chart.js: labels and datasets go to it as JSON properties.
 */
@Tag("portal-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./components/portal-chart.js")
class PortalChart extends Component {

    private static final ObjectMapper JSON = new ObjectMapper();

    PortalChart(Figures.Chart chart, String summary) {
        getElement().setProperty("type", chart.type());
        getElement().setProperty("summary", summary);
        getElement().setProperty("locale", getLocale().toLanguageTag());
        getElement().setPropertyJson("labels", JSON.<ArrayNode>valueToTree(chart.labels()));
        getElement().setPropertyJson("datasets", JSON.<ArrayNode>valueToTree(chart.datasets()));
    }
}
