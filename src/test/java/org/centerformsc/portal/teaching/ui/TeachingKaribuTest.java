package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.DirectoryService;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.TestTeachers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** View tests of the teaching feature: teachers built from records, then a signed-in UI. */
abstract class TeachingKaribuTest extends KaribuTest {

    @Autowired
    PathwayService pathway;

    @Autowired
    DirectoryService directory;

    @Autowired
    CatalogService catalog;

    @Autowired
    Gazetteer gazetteer;

    @Autowired
    Clock clock;

    TestTeachers teachers;
    LocalDate today;

    @BeforeEach
    void teachers() {
        teachers = new TestTeachers(context);
        today = LocalDate.now(clock);
    }

    /** Signs in as a new teacher named "first tag" and returns their id. */
    MemberId signInAsTeacher(String firstName) {
        String subject = "teacher-" + UUID.randomUUID();
        signInAs(subject, firstName + " " + teachers.tag, Roles.TEACHER);
        return members.currentMemberId();
    }

    void signInAsStaff() {
        signInAs("staff-" + UUID.randomUUID(), "Sam Staff", Roles.STAFF);
    }

    OAuth2AuthenticationToken teacherToken(String firstName) {
        return teachers.teacher(firstName);
    }

    MemberId idOf(OAuth2AuthenticationToken token) {
        return TestLogins.as(token, members::currentMemberId);
    }

    static String text(Component component) {
        return component.getElement().getTextRecursively();
    }

    static String page() {
        return text(UI.getCurrent().getCurrentView());
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }
}
