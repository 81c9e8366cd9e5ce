package org.centerformsc.portal.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.github.mvysny.kaributesting.v10.GridKt;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class StaffOfferingsViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    EnrollmentService enrollment;

    @Test
    void staffFindAnOfferingByCodeOrTitleWithItsSeatsAndOpenItsSeatsPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        TestOffering offering = TestOffering.offering().title("Listed " + tag).capacity(2);
        OfferingId id = offering.create(catalog);
        for (int i = 0; i < 3; i++) {
            var member = TestLogins.signedUp(members, "Lister " + i);
            TestLogins.as(member, () -> enrollment.enroll(id));
        }
        signInAs("offerings-staff", "Stan Staff", Roles.STAFF);
        UI.getCurrent().navigate(StaffOfferingsView.class);
        StaffOfferingsView view = _get(StaffOfferingsView.class);

        _setValue(view.search, offering.code().toLowerCase());

        assertThat(_fetch(view.offerings, 0, 50)).singleElement()
                .satisfies(row -> assertThat(row.offering().id()).isEqualTo(id));
        assertThat(_getFormatted(view.offerings, 0, "title")).isEqualTo("Listed " + tag + "Program TEST-PROGRAM");
        assertThat(_getFormatted(view.offerings, 0, "seats")).isEqualTo("2 of 2");
        assertThat(_getFormatted(view.offerings, 0, "waiting")).isEqualTo("1");
        assertThat(_getFormatted(view.offerings, 0, "status")).isEqualTo("Open");
        assertThat(_getFormatted(view.offerings, 0, "code")).isEqualTo(offering.code() + "Edit");
        assertThat(links(view, "seats", "edit")).containsExactly("staff/offerings/" + id.value() + "/seats",
                "planning/offerings/" + id.value());

        view.narrow(true);
        assertThat(view.offerings.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly("summary");
        assertThat(_getFormatted(view.offerings, 0, "summary")).contains(offering.code(), "Listed " + tag, "Enrolled: 2 of 2 · Waiting: 1");
        view.narrow(false);
        assertThat(view.offerings.getColumns()).filteredOn(Grid.Column::isVisible).extracting(Grid.Column::getKey)
                .containsExactly("code", "title", "starts", "status", "seats", "waiting");

        _setValue(view.search, "isted " + tag);
        assertThat(_fetch(view.offerings, 0, 50)).extracting(row -> row.offering().id()).containsExactly(id);

        _setValue(view.search, "no offering is called " + tag);
        assertThat(_fetch(view.offerings, 0, 50)).isEmpty();
    }

    @Test
    void theStatusSaysWhereAnOfferingStands() {
        Instant now = Instant.now();
        TestOffering notYet = TestOffering.offering().registration(now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(5))).firstSessionAt(now.plus(Duration.ofDays(10)));
        TestOffering closed = TestOffering.offering().registration(now.minus(Duration.ofDays(5)),
                now.minus(Duration.ofDays(1))).firstSessionAt(now.plus(Duration.ofDays(10)));
        TestOffering ended = TestOffering.offering().registration(now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(20))).firstSessionAt(now.minus(Duration.ofDays(10)));
        notYet.create(catalog);
        closed.create(catalog);
        ended.create(catalog);
        signInAs("offerings-status", "Sue Staff", Roles.STAFF);
        UI.getCurrent().navigate(StaffOfferingsView.class);
        StaffOfferingsView view = _get(StaffOfferingsView.class);

        assertThat(statusOf(view, notYet)).isEqualTo("Opens later");
        assertThat(statusOf(view, closed)).isEqualTo("Closed");
        assertThat(statusOf(view, ended)).isEqualTo("Ended");
    }

    @Test
    void participantsAndTeachersAreRefused() {
        signInAs("offerings-participant", "Paz Participant");
        UI.getCurrent().navigate(StaffOfferingsView.class);
        assertThat(_find(StaffOfferingsView.class)).isEmpty();

        signInAs("offerings-teacher", "Tim Teacher", Roles.TEACHER);
        UI.getCurrent().navigate(StaffOfferingsView.class);
        assertThat(_find(StaffOfferingsView.class)).isEmpty();
    }

    /** What the first row's cells link to: rows are templates, their links values of the row. */
    @SuppressWarnings("unchecked")
    private static List<Object> links(StaffOfferingsView view, String... properties) {
        var renderer = (LitRenderer<StaffOfferingsView.Row>) view.offerings.getColumnByKey("code").getRenderer();
        StaffOfferingsView.Row row = GridKt._get(view.offerings, 0);
        return java.util.Arrays.stream(properties).map(property -> (Object) renderer.getValueProviders()
                .get(property).apply(row)).toList();
    }

    private static String statusOf(StaffOfferingsView view, TestOffering offering) {
        _setValue(view.search, offering.code());
        return _getFormatted(view.offerings, 0, "status");
    }
}
