package org.centerformsc.portal.records;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.records.RecordsFixture.Member;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class MemberSearchTest {

    @Autowired
    MemberRecordService records;

    @Autowired
    MemberService members;

    @Test
    void findsMembersByTheStartOfTheirNameFamilyNameOrEmailInAnyCase() {
        String family = RecordsFixture.uniqueFamilyName();
        Member ada = RecordsFixture.member(members, "Ada " + family);
        Member bea = RecordsFixture.member(members, "Bea " + family);

        assertThat(names(family.toUpperCase(Locale.ROOT))).containsExactly(ada.name(), bea.name());
        assertThat(names(family.substring(0, 9).toLowerCase(Locale.ROOT))).containsExactly(ada.name(), bea.name());
        assertThat(names("ada " + family.toLowerCase(Locale.ROOT))).containsExactly(ada.name());
        assertThat(names(ada.email().substring(0, ada.email().indexOf('@') + 1).toUpperCase(Locale.ROOT)))
                .containsExactly(ada.name());
        assertThat(names(ada.email())).containsExactly(ada.name());
    }

    @Test
    void matchesTheStartOfAWordOnlyAndTakesLikeCharactersLiterally() {
        String family = RecordsFixture.uniqueFamilyName();
        RecordsFixture.member(members, "Cy " + family);

        assertThat(names(family.substring(3))).isEmpty();
        assertThat(names("%" + family)).isEmpty();
        assertThat(names(family.substring(0, 5) + "_")).isEmpty();
    }

    @Test
    void pagesByNameAndCountsEveryMatch() {
        String family = RecordsFixture.uniqueFamilyName();
        RecordsFixture.member(members, "Cleo " + family);
        RecordsFixture.member(members, "Abe " + family);
        RecordsFixture.member(members, "Bo " + family);

        List<MemberRow> first = TestLogins.asStaff(() -> records.find(family, 0, 2));
        List<MemberRow> second = TestLogins.asStaff(() -> records.find(family, 2, 2));

        assertThat(first).extracting(row -> row.profile().displayName()).containsExactly("Abe " + family,
                "Bo " + family);
        assertThat(second).extracting(row -> row.profile().displayName()).containsExactly("Cleo " + family);
        assertThat(TestLogins.asStaff(() -> records.countFound(family.toLowerCase(Locale.ROOT)))).isEqualTo(3);
    }

    @Test
    void aBlankSearchFindsNobody() {
        assertThat(TestLogins.asStaff(() -> records.find("  ", 0, 50))).isEmpty();
        assertThat(TestLogins.asStaff(() -> records.countFound(""))).isZero();
    }

    @Test
    void eachRowCarriesTheRolesOfTheMembersLastSignIn() {
        String family = RecordsFixture.uniqueFamilyName();
        RecordsFixture.member(members, "Dee " + family);

        MemberRow row = TestLogins.asStaff(() -> records.find(family, 0, 10)).get(0);

        // signed up through the member service alone: no sign-in event, so no roles known yet
        assertThat(row.roles()).isEmpty();
    }

    @Test
    void onlyStaffSearch() {
        Member member = RecordsFixture.member(members, "Eve " + RecordsFixture.uniqueFamilyName());

        assertThatThrownBy(() -> TestLogins.as(member.token(), () -> records.find("eve", 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> names(String text) {
        return TestLogins.asStaff(() -> records.find(text, 0, 50)).stream()
                .map(row -> row.profile().displayName()).toList();
    }
}
