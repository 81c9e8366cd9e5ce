package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.teaching.PathwayStage;
import org.centerformsc.portal.teaching.TeacherProgress;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class TrainingOverviewViewTest extends TeachingKaribuTest {

    @Test
    void staffFilterTeachersByStageAndOverdue() {
        MemberId certified = idOf(teacherToken("Certified"));
        teachers.certified(certified, today.minusYears(1));
        MemberId late = idOf(teacherToken("Late"));
        teachers.trained(late, today.minusYears(3).minusMonths(2));
        signInAsStaff();
        UI.getCurrent().navigate(TrainingOverviewView.class);
        TrainingOverviewView view = _get(TrainingOverviewView.class);
        assertThat(shown(view)).contains(certified, late);

        _setValue(view.stage, PathwayStage.CERTIFIED);
        assertThat(shown(view)).contains(certified).doesNotContain(late);
        assertThat(view.count.getText()).matches("1 teacher|[0-9,]+ teachers");

        _setValue(view.stage, PathwayStage.SUPERVISED_TEACHING);
        _setValue(view.overdueOnly, true);
        List<TeacherProgress> overdue = rows(view);
        assertThat(overdue).extracting(TeacherProgress::member).contains(late).doesNotContain(certified);
        assertThat(overdue).allSatisfy(t -> assertThat(t.nextDueOn()).isBefore(today));
    }

    @Test
    void evidenceWaitingForVerificationIsListed() {
        var token = teacherToken("Waiting");
        org.centerformsc.portal.TestLogins.as(token, () -> {
            pathway.logConsultation(today, "Kristin Neff", null);
            return null;
        });
        signInAsStaff();
        UI.getCurrent().navigate(TrainingOverviewView.class);

        assertThat(page()).contains("Waiting " + teachers.tag).contains("Kristin Neff");
    }

    @Test
    void teachersCannotOpenIt() {
        signInAsTeacher("Nosy");
        UI.getCurrent().navigate(TrainingOverviewView.class);

        assertThat(_find(TrainingOverviewView.class)).isEmpty();
    }

    private static List<MemberId> shown(TrainingOverviewView view) {
        return rows(view).stream().map(TeacherProgress::member).toList();
    }

    private static List<TeacherProgress> rows(TrainingOverviewView view) {
        Grid<TeacherProgress> grid = view.teachers;
        return IntStream.range(0, _size(grid)).mapToObj(i -> _get(grid, i)).toList();
    }
}
