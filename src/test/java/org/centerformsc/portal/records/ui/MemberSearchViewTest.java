package org.centerformsc.portal.records.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.records.RecordsFixture;
import org.centerformsc.portal.records.RecordsFixture.Member;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.AnchorsKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MemberSearchViewTest extends KaribuTest {

    @Test
    void anEmptySearchShowsTheHintAndNoGrid() {
        MemberSearchView view = open();

        assertThat(view.hint.isVisible()).isTrue();
        assertThat(view.hint.getText()).isEqualTo(
                "Type the start of a name, a family name or an e-mail address to find members.");
        assertThat(view.results.isVisible()).isFalse();

        view.search.setValue("   ");

        assertThat(view.hint.isVisible()).isTrue();
        assertThat(view.results.isVisible()).isFalse();
    }

    @Test
    void aSearchListsTheMembersWithTheirEmailRolesAndCount() {
        String family = RecordsFixture.uniqueFamilyName();
        Member ann = RecordsFixture.member(members, "Ann " + family);
        RecordsFixture.member(members, "Bob " + family);
        MemberSearchView view = open();

        view.search.setValue(family.toLowerCase());

        assertThat(view.hint.isVisible()).isFalse();
        assertThat(_size(view.results)).isEqualTo(2);
        assertThat(_getFormatted(view.results, 0, "email")).isEqualTo(ann.email());
        assertThat(_getFormatted(view.results, 0, "roles")).isEqualTo("Not signed in yet");
        assertThat(view.count.getText()).isEqualTo("Members found: 2");
    }

    @Test
    void aSearchWithoutMatchesSaysSo() {
        MemberSearchView view = open();

        view.search.setValue(RecordsFixture.uniqueFamilyName());

        assertThat(_size(view.results)).isZero();
        assertThat(view.results.getEmptyStateText()).isEqualTo("No member’s name or e-mail address starts with that.");
    }

    @Test
    void clickingAMemberOpensTheirPage() {
        String family = RecordsFixture.uniqueFamilyName();
        Member cid = RecordsFixture.member(members, "Cid " + family);
        MemberSearchView view = open();
        view.search.setValue(family);

        Anchor link = (Anchor) _getCellComponent(view.results, 0, "name");
        assertThat(link.getHref()).isEqualTo("staff/members/" + cid.id().value());
        _click(link);

        assertThat(_get(MemberRecordView.class).getPageTitle()).startsWith("Cid " + family);
    }

    @Test
    void onlyStaffFindMembers() {
        signInAs("members-teacher", "Tess Teacher", Roles.TEACHER, Roles.DONOR);
        UI.getCurrent().navigate("staff/members");

        assertThat(_find(MemberSearchView.class)).isEmpty();
    }

    private MemberSearchView open() {
        signInAs("members-staff", "Stan Staff", Roles.STAFF);
        UI.getCurrent().navigate("staff/members");
        return _get(MemberSearchView.class);
    }
}
