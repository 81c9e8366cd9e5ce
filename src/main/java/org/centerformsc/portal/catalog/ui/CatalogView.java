package org.centerformsc.portal.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.ProgramSummary;

/** The public course catalog: the programs CMSC teaches. Offerings and filters come with the catalog issue. */
@Route("courses")
@AnonymousAllowed
@Menu(order = 1, title = "nav.courses", icon = "vaadin:academy-cap")
class CatalogView extends VerticalLayout implements HasDynamicTitle {

    CatalogView(CatalogService catalog) {
        setId("catalog-view");
        add(new ViewHeader(getTranslation("nav.courses"), getTranslation("catalog.lead")));
        Div programs = new Div();
        programs.setId("programs");
        programs.addClassName("card-list");
        catalog.programs().forEach(program -> programs.add(card(program)));
        add(programs);
    }

    private Div card(ProgramSummary program) {
        Div card = new Div(new H2(program.name()), new Paragraph(program.summary()));
        card.addClassName("card");
        card.getElement().setAttribute("data-program", program.code());
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.courses") + " | " + getTranslation("app.title");
    }
}
