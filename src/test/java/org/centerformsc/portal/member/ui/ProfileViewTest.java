package org.centerformsc.portal.member.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileViewTest extends KaribuTest {

    @Test
    void showsTheMembersOwnRecordReadOnly() {
        signInAs("profile-1", "Lena Novak");
        UI.getCurrent().navigate(ProfileView.class);

        TextField name = _get(TextField.class, spec -> spec.withId("profile-name"));
        assertThat(name.getValue()).isEqualTo("Lena Novak");
        assertThat(name.isReadOnly()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withId("profile-email")).getValue())
                .isEqualTo("profile-1@test.centerformsc.invalid");
        assertThat(_get(TextField.class, spec -> spec.withId("profile-zone")).getValue())
                .isEqualTo("Your browser's time zone");
    }

    @Test
    void showsTheNameFromTheLatestSignIn() {
        signInAs("profile-2", "Old Name");
        members.recordSignIn(new MemberIdentity(ISSUER, "profile-2"), "New Name", "new@example.org", "de-DE");
        UI.getCurrent().navigate(ProfileView.class);

        assertThat(_get(TextField.class, spec -> spec.withId("profile-name")).getValue()).isEqualTo("New Name");
        assertThat(_get(TextField.class, spec -> spec.withId("profile-locale")).getValue()).isEqualTo("de-DE");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        visitAnonymously();
        UI.getCurrent().navigate(ProfileView.class);

        assertThat(_find(ProfileView.class)).isEmpty();
    }
}
