package org.centerformsc.portal.joining.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class WelcomeViewTest extends KaribuTest {

    private String subject;

    @Test
    void suggestsTheProvidersNameAndLanguageAndNoNewsletter() {
        newcomer("Mia Novak");

        assertThat(field("welcome-name").getValue()).isEqualTo("Mia Novak");
        assertThat(language().getValue()).isEqualTo(Locale.ENGLISH);
        assertThat(_get(Checkbox.class, spec -> spec.withId("welcome-newsletter")).getValue()).isFalse();
        // the directory is for teachers only
        assertThat(_find(Checkbox.class, spec -> spec.withId("welcome-directory"))).isEmpty();
    }

    @Test
    void anEmptyNameIsRefusedWithAMessageAndNothingIsStored() {
        newcomer("Nia Empty");
        field("welcome-name").setValue("  ");
        language().setValue(Locale.forLanguageTag("es"));

        _click(_get(Button.class, spec -> spec.withId("welcome-save")));

        assertThat(field("welcome-name").isInvalid()).isTrue();
        assertThat(field("welcome-name").getErrorMessage()).isEqualTo("Enter the name you want shown.");
        assertThat(members.isWelcomePending(new MemberIdentity(ISSUER, subject))).isTrue();
        assertThat(members.currentProfile().map(MemberProfile::languageChosen)).contains(false);
    }

    @Test
    void savingStoresTheAnswers() {
        newcomer("Mia Novak");
        field("welcome-name").setValue("Mia N.");
        language().setValue(Locale.forLanguageTag("es"));
        _get(Checkbox.class, spec -> spec.withId("welcome-newsletter")).setValue(true);

        _click(_get(Button.class, spec -> spec.withId("welcome-save")));

        MemberProfile profile = members.currentProfile().orElseThrow();
        assertThat(profile.displayName()).isEqualTo("Mia N.");
        assertThat(profile.locale()).isEqualTo("es");
        assertThat(profile.newsletterSince()).isNotNull();
        assertThat(members.isWelcomePending(new MemberIdentity(ISSUER, subject))).isFalse();
    }

    @Test
    void laterGoesToTheDashboardAndIsNotAskedAgain() {
        newcomer("Lee Later");

        _click(_get(Button.class, spec -> spec.withId("welcome-later")));

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("dashboard");
        assertThat(members.isWelcomePending(new MemberIdentity(ISSUER, subject))).isFalse();
        assertThat(members.currentProfile().orElseThrow().displayName()).isEqualTo("Lee Later");
    }

    @Test
    void teachersMayListThemselvesInTheDirectory() {
        subject = "welcome-teacher-" + UUID.randomUUID();
        signInAs(subject, "Tara Teacher", Roles.TEACHER);
        UI.getCurrent().navigate("welcome");

        assertThat(_get(Checkbox.class, spec -> spec.withId("welcome-directory")).isVisible()).isTrue();
    }

    private void newcomer(String name) {
        subject = "welcome-" + UUID.randomUUID();
        signInAs(subject, name);
        UI.getCurrent().navigate("welcome");
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Locale> language() {
        return _get(Select.class, spec -> spec.withId("welcome-language"));
    }
}
