package org.centerformsc.portal.catalog.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.NewProgram;
import org.centerformsc.portal.security.SystemAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Test
    void anonymousVisitorSeesThePrograms() {
        SystemAuthentication.asStaff(() -> {
            catalog.addProgramIfAbsent(new NewProgram("CATALOG-TEST", "Catalog Test Program", "A program for a test."));
            return null;
        });
        visitAnonymously();
        UI.getCurrent().navigate(CatalogView.class);

        Div programs = _get(Div.class, spec -> spec.withId("programs"));
        assertThat(_find(programs, H2.class).stream().map(H2::getText)).contains("Catalog Test Program");
    }
}
