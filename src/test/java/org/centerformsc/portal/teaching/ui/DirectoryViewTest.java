package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.QueryParameters;
import org.centerformsc.portal.teaching.DeliveryMode;
import org.centerformsc.portal.teaching.DirectoryCard;
import org.centerformsc.portal.teaching.DirectoryEntry;
import org.centerformsc.portal.teaching.TrainingLevel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class DirectoryViewTest extends TeachingKaribuTest {

    @Test
    void isOpenToAnonymousVisitors() {
        visitAnonymously();
        UI.getCurrent().navigate(DirectoryView.class);

        _get(DirectoryView.class);
        assertThat(_get(H1.class, spec -> spec.withId("view-title")).getText()).isEqualTo("Find a teacher");
    }

    @Test
    void filtersByNamePlaceDistanceLevelLanguageAndWayOfTeaching() {
        var eva = teacherToken("Eva");
        teachers.save(eva, teachers.publicEntry(eva, "Amersfoort", "nl", "en"));
        teachers.certified(idOf(eva), today.minusYears(1));
        var pieter = teacherToken("Pieter");
        teachers.save(pieter, teachers.publicEntry(pieter, "Rotterdam", "nl"));
        teachers.trained(idOf(pieter), today.minusYears(1));
        var lena = teacherToken("Lena");
        teachers.save(lena, teachers.publicEntry(lena, "Berlin", "de"));
        teachers.certified(idOf(lena), today.minusYears(1));
        visitAnonymously();
        UI.getCurrent().navigate(DirectoryView.class);
        DirectoryView view = _get(DirectoryView.class);

        _setValue(view.name, teachers.tag);
        assertThat(names(view)).containsExactly("Eva", "Lena", "Pieter");
        assertThat(view.summary.getText()).isEqualTo("3 teachers found");

        _setValue(view.near, gazetteer.resolve("Utrecht").orElseThrow());
        assertThat(view.within.getValue()).isEqualTo(50);
        assertThat(names(view)).containsExactly("Eva", "Pieter");
        assertThat(_getFormattedRow(view.results, 0)).contains("Amersfoort, Netherlands · 19 km away", "Dutch, English");

        _setValue(view.level, TrainingLevel.CERTIFIED);
        _setValue(view.language, "nl");
        assertThat(names(view)).containsExactly("Eva");
        assertThat(view.summary.getText()).isEqualTo("1 teacher found");

        _setValue(view.within, 1000);
        _setValue(view.language, "de");
        assertThat(names(view)).containsExactly("Lena");

        _setValue(view.mode, DeliveryMode.IN_PERSON);
        assertThat(names(view)).containsExactly("Lena");
        _setValue(view.language, "sv");
        assertThat(names(view)).isEmpty();
        assertThat(view.summary.getText()).isEqualTo("No teachers found");
    }

    @Test
    void aSearchInTheAddressIsRestored() {
        var eva = teacherToken("Eva");
        teachers.save(eva, teachers.publicEntry(eva, "Amersfoort", "nl"));
        teachers.certified(idOf(eva), today.minusYears(1));
        visitAnonymously();
        String utrecht = teachers.cityId("Utrecht");

        UI.getCurrent().navigate("teachers", QueryParameters.simple(Map.of("name", teachers.tag, "near", utrecht,
                "km", "50", "level", "CERTIFIED", "lang", "nl")));

        DirectoryView view = _get(DirectoryView.class);
        assertThat(view.near.getValue().id()).isEqualTo(utrecht);
        assertThat(view.level.getValue()).isEqualTo(TrainingLevel.CERTIFIED);
        assertThat(names(view)).containsExactly("Eva");
    }

    @Test
    void nonsenseInTheAddressFallsBackToDefaults() {
        visitAnonymously();

        UI.getCurrent().navigate("teachers", QueryParameters.simple(Map.of("near", "nowhere", "km", "-3",
                "level", "GURU", "lang", "<script>", "mode", "TELEPATHY")));

        DirectoryView view = _get(DirectoryView.class);
        assertThat(view.near.getValue()).isNull();
        assertThat(view.within.getValue()).isEqualTo(50);
        assertThat(view.level.getValue()).isNull();
        assertThat(view.language.getValue()).isNull();
        assertThat(view.mode.getValue()).isEqualTo(DeliveryMode.ANY);
    }

    @Test
    void privateFieldsNeverReachTheResults() {
        var secret = teacherToken("Secret");
        teachers.save(secret, new DirectoryEntry(teachers.nameOf(secret), true, "hidden bio", false, Set.of("sv"),
                false, teachers.cityId("Uppsala"), false, null, false, false, false, true, false));
        visitAnonymously();
        UI.getCurrent().navigate(DirectoryView.class);
        DirectoryView view = _get(DirectoryView.class);

        _setValue(view.name, teachers.tag);

        assertThat(names(view)).containsExactly("Secret");
        assertThat(String.join(" ", _getFormattedRow(view.results, 0))).doesNotContain("Uppsala", "Sweden",
                "Swedish", "hidden bio");
    }

    /** First names of the rows shown (the tag every test teacher carries is left off). */
    private List<String> names(DirectoryView view) {
        Grid<DirectoryCard> grid = view.results;
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i).name())
                .map(name -> name.replace(" " + teachers.tag, "")).toList();
    }
}
