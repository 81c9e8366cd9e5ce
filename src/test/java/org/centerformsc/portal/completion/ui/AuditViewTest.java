package org.centerformsc.portal.completion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.completion.AuditLine;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.OutsideCompletion;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class AuditViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    CompletionService completions;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private String mindful;
    private String retreat;

    /** Two members of this test with changes in two programs: Ada's record and claim, Ben's record. */
    @BeforeEach
    void changes() {
        mindful = program("MINDFUL");
        retreat = program("RETREAT");
        var ada = TestLogins.signedUp(members, "Ada " + tag);
        MemberId adaId = TestLogins.as(ada, members::currentMemberId);
        MemberId benId = TestLogins.as(TestLogins.signedUp(members, "Ben " + tag), members::currentMemberId);
        TestLogins.asStaff(() -> completions.recordVerified(adaId, mindful, null, LocalDate.of(2025, 4, 2)));
        TestLogins.asStaff(() -> completions.recordVerified(benId, mindful, null, LocalDate.of(2025, 4, 3)));
        TestLogins.as(ada, () -> completions.claim(new OutsideCompletion(retreat, "Retreat House",
                LocalDate.of(2024, 9, 1), null, null)));
    }

    @Test
    void staffSeeWhoseCompletionOfWhichProgramChangedAndFilterByMemberAndProgram() {
        signInAs("audit-staff", "Stella Staff", Roles.STAFF);
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);

        _setValue(view.member, tag);
        assertThat(rows(view)).hasSize(3);
        assertThat(_getFormatted(view.changes, 0, "member")).isEqualTo("Ada " + tag);
        assertThat(_getFormatted(view.changes, 0, "program")).isEqualTo("Program " + retreat);
        assertThat(_getFormatted(view.changes, 0, "change")).startsWith("New: status=PENDING")
                .contains("organisation=Retreat House");

        _setValue(view.program, mindful);
        assertThat(rows(view)).extracting(AuditLine::memberName).containsExactly("Ben " + tag, "Ada " + tag);

        _setValue(view.member, "ben " + tag);
        assertThat(rows(view)).extracting(AuditLine::memberName).containsExactly("Ben " + tag);
        assertThat(view.problem.getText()).isEmpty();
    }

    @Test
    void aRangeOfDaysKeepsTheChangesMadeThenAndABackwardRangeIsAMessage() {
        signInAs("audit-range", "Rick Range", Roles.STAFF);
        UI.getCurrent().navigate(AuditView.class);
        AuditView view = _get(AuditView.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        _setValue(view.member, tag);

        _setValue(view.from, today.minusDays(1));
        _setValue(view.to, today.plusDays(1));
        assertThat(rows(view)).hasSize(3);
        _setValue(view.from, today.plusDays(2));
        _setValue(view.to, today.plusDays(3));
        assertThat(rows(view)).isEmpty();

        _setValue(view.from, today.plusDays(4));
        assertThat(view.problem.getText()).isEqualTo(
                "The range ends before it starts: choose a \"From\" day on or before the \"To\" day.");
        assertThat(rows(view)).isEmpty();

        _setValue(view.from, today.minusDays(1));
        assertThat(view.problem.getText()).isEmpty();
        assertThat(rows(view)).hasSize(3);
    }

    @Test
    void teachersCannotOpenIt() {
        signInAs("audit-teacher", "Tim Teacher", Roles.TEACHER);
        UI.getCurrent().navigate(AuditView.class);

        assertThat(_find(AuditView.class)).isEmpty();
    }

    private static List<AuditLine> rows(AuditView view) {
        Grid<AuditLine> grid = view.changes;
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }

    private String program(String kind) {
        String code = kind + "-" + tag.toUpperCase();
        TestOffering.offering().program(code).create(catalog);
        return code;
    }
}
