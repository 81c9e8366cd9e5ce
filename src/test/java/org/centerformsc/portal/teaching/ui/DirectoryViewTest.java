package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import org.centerformsc.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class DirectoryViewTest extends KaribuTest {

    @Test
    void isOpenToAnonymousVisitors() {
        visitAnonymously();
        UI.getCurrent().navigate(DirectoryView.class);

        _get(DirectoryView.class);
        assertThat(_get(H1.class, spec -> spec.withId("view-title")).getText()).isEqualTo("Find a teacher");
    }
}
