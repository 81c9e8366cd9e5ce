package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.teaching.DirectoryEntry;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class DirectoryProfileViewTest extends TeachingKaribuTest {

    @Test
    void aNewEntryStartsUnlistedAndPrivateWithTheMembersName() {
        signInAsTeacher("Fresh");
        UI.getCurrent().navigate(DirectoryProfileView.class);
        DirectoryProfileView view = _get(DirectoryProfileView.class);

        assertThat(view.name.getValue()).isEqualTo("Fresh " + teachers.tag);
        assertThat(view.listed.getValue()).isFalse();
        assertThat(view.bioPublic.getValue()).isFalse();
        assertThat(view.cityPublic.getValue()).isFalse();
        assertThat(view.languagesPublic.getValue()).isFalse();
        assertThat(view.cityPublic.getAriaLabel()).contains("Show publicly: City");
    }

    @Test
    void aTeacherListsThemselvesChoosingWhatIsPublic() {
        MemberId me = signInAsTeacher("Listing");
        UI.getCurrent().navigate(DirectoryProfileView.class);
        DirectoryProfileView view = _get(DirectoryProfileView.class);

        _setValue(view.listed, true);
        _setValue(view.bio, "Teaching MSC in Dutch.");
        _setValue(view.bioPublic, true);
        _setValue(view.languages, Set.of("nl"));
        _setValue(view.languagesPublic, true);
        _setValue(view.city, gazetteer.resolve("Utrecht").orElseThrow());
        _setValue(view.cityPublic, false);
        _setValue(view.online, true);
        _click(_get(Button.class, spec -> spec.withId("save-directory-profile")));

        assertThat(view.error.getText()).isEmpty();
        var profile = directory.publicProfile(me).orElseThrow();
        assertThat(profile.bio()).isEqualTo("Teaching MSC in Dutch.");
        assertThat(profile.languages()).containsExactly("nl");
        assertThat(profile.city()).isNull();
        assertThat(profile.online()).isTrue();
    }

    @Test
    void aBadWebsiteIsExplainedAndNotSaved() {
        signInAsTeacher("Website");
        UI.getCurrent().navigate(DirectoryProfileView.class);
        DirectoryProfileView view = _get(DirectoryProfileView.class);

        _setValue(view.listed, true);
        _setValue(view.website, "javascript:alert(document.cookie)");
        _click(_get(Button.class, spec -> spec.withId("save-directory-profile")));

        assertThat(_get(Paragraph.class, spec -> spec.withId("profile-error")).getText()).isNotBlank()
                .doesNotContain("Exception");
        assertThat(directory.publicProfile(members.currentMemberId())).isEmpty();
    }

    @Test
    void whatWasSavedIsShownAgain() {
        var token = teacherToken("Again");
        teachers.save(token, teachers.publicEntry(token, "Leiden", "nl", "en"));
        DirectoryEntry saved = TestLogins.as(token, directory::myEntry);
        signInAs(tokenSubject(token), teachers.nameOf(token), org.centerformsc.portal.security.Roles.TEACHER);
        UI.getCurrent().navigate(DirectoryProfileView.class);
        DirectoryProfileView view = _get(DirectoryProfileView.class);

        assertThat(view.city.getValue().name()).isEqualTo("Leiden");
        assertThat(view.languages.getValue()).containsExactlyInAnyOrder("nl", "en");
        assertThat(view.website.getValue()).isEqualTo(saved.website());
        assertThat(view.listed.getValue()).isTrue();
    }

    @Test
    void aPhotoIsCheckedByItsContentAndCanBeRemoved() {
        signInAsTeacher("Portrait");
        UI.getCurrent().navigate(DirectoryProfileView.class);
        DirectoryProfileView view = _get(DirectoryProfileView.class);

        _upload(view.photo, "me.png", "image/png", "not really an image".getBytes());
        assertThat(view.error.getText()).isEqualTo("The photo must be a PNG or JPEG image.");
        assertThat(_find(Image.class, spec -> spec.withId("profile-photo-preview"))).isEmpty();

        _upload(view.photo, "me.png", "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        assertThat(view.error.getText()).isEmpty();
        _get(Image.class, spec -> spec.withId("profile-photo-preview"));

        _click(_get(Button.class, spec -> spec.withId("remove-photo")));
        assertThat(_find(Image.class, spec -> spec.withId("profile-photo-preview"))).isEmpty();
        assertThat(directory.myPhoto()).isEmpty();
    }

    @Test
    void participantsHaveNoDirectoryEntry() {
        signInAs("participant-directory", "Paula Participant");
        UI.getCurrent().navigate(DirectoryProfileView.class);

        assertThat(_find(DirectoryProfileView.class)).isEmpty();
    }

    private static String tokenSubject(org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken token) {
        return token.getPrincipal().getName();
    }
}
