package org.centerformsc.portal.reports.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;

/**
 * A chart drawn in the browser by Chart.js (MIT, the Maven artifact org.webjars.npm:chart.js) through the small web component {@code portal-chart}: labels
 * and datasets go to it as JSON properties. Both scripts are static files (Chart.js from its jar, the element from
 * META-INF/resources/charts) added to the page when a chart is shown, outside Vaadin's frontend bundle, so adding
 * them needs no npm install
 * (docs/decisions/023).
 */
@Tag("portal-chart")
class PortalChart extends Component {

    static final String CHART_JS = "context://webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    static final String ELEMENT = "context://charts/portal-chart.js";

    private static final ObjectMapper JSON = new ObjectMapper();

    PortalChart(Figures.Chart chart, String summary) {
        getElement().setProperty("type", chart.type());
        getElement().setProperty("summary", summary);
        getElement().setProperty("locale", getLocale().toLanguageTag());
        getElement().setPropertyJson("labels", JSON.<ArrayNode>valueToTree(chart.labels()));
        getElement().setPropertyJson("datasets", JSON.<ArrayNode>valueToTree(chart.datasets()));
        addAttachListener(attach -> {
            attach.getUI().getPage().addJavaScript(CHART_JS);
            attach.getUI().getPage().addJavaScript(ELEMENT);
        });
    }
}
