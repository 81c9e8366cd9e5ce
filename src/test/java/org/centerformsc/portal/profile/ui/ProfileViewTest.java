package org.centerformsc.portal.profile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileViewTest extends KaribuTest {

    @Test
    void showsTheMembersOwnRecordWithTheEmailReadOnly() {
        signInAs("profile-1", "Lena Novak");
        UI.getCurrent().navigate(ProfileView.class);

        TextField name = _get(TextField.class, spec -> spec.withId("profile-name"));
        assertThat(name.getValue()).isEqualTo("Lena Novak");
        assertThat(name.isReadOnly()).isFalse();
        TextField email = _get(TextField.class, spec -> spec.withId("profile-email"));
        assertThat(email.getValue()).isEqualTo("profile-1@test.centerformsc.invalid");
        assertThat(email.isReadOnly()).isTrue();
        assertThat(zone().getValue()).isNull();
    }

    @Test
    void aNameChosenHereWinsOverTheProvidersAndAnEmptyOneIsRefused() {
        String subject = "profile-name-" + java.util.UUID.randomUUID();
        signInAs(subject, "Claim Name");
        UI.getCurrent().navigate(ProfileView.class);
        TextField name = _get(TextField.class, spec -> spec.withId("profile-name"));

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(name, " ");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the name you want shown.");
        assertThat(members.currentProfile().orElseThrow().displayName()).isEqualTo("Claim Name");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(name, "Chosen Name");
        assertThat(name.isInvalid()).isFalse();
        members.recordSignIn(new MemberIdentity(ISSUER, subject), "Claim Name Again", null, null);
        assertThat(members.currentProfile().orElseThrow().displayName()).isEqualTo("Chosen Name");
    }

    @Test
    void theNewsletterConsentIsStoredWithItsDay() {
        signInAs("profile-news-" + java.util.UUID.randomUUID(), "Nora News");
        UI.getCurrent().navigate(ProfileView.class);
        var consent = _get(com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withId("profile-newsletter"));
        assertThat(consent.getValue()).isFalse();
        assertThat(consent.getHelperText()).isEqualTo("You have not asked for the newsletter.");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(consent, true);

        assertThat(members.currentProfile().orElseThrow().newsletterSince()).isNotNull();
        assertThat(consent.getHelperText()).startsWith("You agreed to receive it on ");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(consent, false);
        assertThat(members.currentProfile().orElseThrow().newsletterSince()).isNull();
    }

    @Test
    void showsTheNameFromTheLatestSignIn() {
        signInAs("profile-2", "Old Name");
        members.recordSignIn(new MemberIdentity(ISSUER, "profile-2"), "New Name", "new@example.org", "de-DE");
        UI.getCurrent().navigate(ProfileView.class);

        assertThat(_get(TextField.class, spec -> spec.withId("profile-name")).getValue()).isEqualTo("New Name");
    }

    @Test
    void theLanguageChosenInProfileWinsOverTheProvidersClaimAndTheNextPageSpeaksIt() {
        signInSpeaking("de-DE", "profile-5", "Lene Sprache");
        UI.getCurrent().navigate(ProfileView.class);
        @SuppressWarnings("unchecked")
        var language = (com.vaadin.flow.component.select.Select<java.util.Locale>) _get(
                com.vaadin.flow.component.select.Select.class, spec -> spec.withId("profile-language"));
        assertThat(language.getValue()).isEqualTo(java.util.Locale.GERMAN);
        assertThat(language.getLabel()).isEqualTo("Sprache");

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(language, java.util.Locale.JAPANESE);

        assertThat(members.currentProfile().orElseThrow().locale()).isEqualTo("ja");
        members.recordSignIn(new MemberIdentity(ISSUER, "profile-5"), "Lene Sprache", "lene@example.org", "de-DE");
        assertThat(members.currentProfile().orElseThrow().locale()).isEqualTo("ja");
        restartUi();
        assertThat(UI.getCurrent().getLocale()).isEqualTo(java.util.Locale.JAPANESE);
    }

    @Test
    void memberChoosesATimeZoneThatTheRestOfThePortalUses() {
        signInAs("profile-3", "Zoe Zone");
        UI.getCurrent().navigate(ProfileView.class);

        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(zone(), ZoneId.of("Asia/Tokyo"));

        assertThat(members.preferredZone()).contains(ZoneId.of("Asia/Tokyo"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(zone(), null);
        assertThat(members.preferredZone()).isEmpty();
    }

    @Test
    void regeneratingTheFeedAddressReplacesIt() {
        signInAs("profile-4", "Fei Feed");
        UI.getCurrent().navigate(ProfileView.class);
        String before = feedUrl();
        assertThat(before).matches(".*/calendar/feed/[0-9a-f]{48}\\.ics");

        _click(_get(Button.class, spec -> spec.withId("regenerate-feed")));
        _fireConfirm(_get(ConfirmDialog.class));

        assertThat(feedUrl()).isNotEqualTo(before).matches(".*/calendar/feed/[0-9a-f]{48}\\.ics");
    }

    @Test
    void anonymousVisitorIsSentToLogin() {
        visitAnonymously();
        UI.getCurrent().navigate(ProfileView.class);

        assertThat(_find(ProfileView.class)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<ZoneId> zone() {
        return _get(ComboBox.class, spec -> spec.withId("profile-zone"));
    }

    private static String feedUrl() {
        return _get(TextField.class, spec -> spec.withId("feed-url")).getValue();
    }
}
