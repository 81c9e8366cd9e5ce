package org.centerformsc.portal.joining;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.notifications.NotificationKind;
import org.centerformsc.portal.notifications.NotificationService;
import org.centerformsc.portal.security.MemberIdentity;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class WelcomeServiceTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    WelcomeService welcome;

    @Autowired
    MemberService members;

    @Autowired
    NotificationService notifications;

    @Test
    void aNewMemberIsToBeWelcomedAndEachAnswerIsStoredByItsOwner() {
        OAuth2AuthenticationToken newcomer = TestLogins.signedUp(members, "Mia Novak");
        assertThat(members.isWelcomePending(identity(newcomer))).isTrue();

        MemberProfile profile = TestLogins.as(newcomer, () -> welcome.welcome(new WelcomeAnswers(" Mia N. ",
                ZoneId.of("Europe/Madrid"), SPANISH, Set.of(NotificationKind.ENROLLMENT_CONFIRMED), true, false)));

        assertThat(profile.displayName()).isEqualTo("Mia N.");
        assertThat(profile.timeZone()).isEqualTo("Europe/Madrid");
        assertThat(profile.locale()).isEqualTo("es");
        assertThat(profile.languageChosen()).isTrue();
        assertThat(profile.newsletterSince()).isNotNull();
        assertThat(members.isWelcomePending(identity(newcomer))).isFalse();
        Map<NotificationKind, Boolean> emails = TestLogins.as(newcomer, notifications::myEmailChoices);
        assertThat(emails).containsEntry(NotificationKind.ENROLLMENT_CONFIRMED, true)
                .containsEntry(NotificationKind.WAITLISTED, false)
                .containsEntry(NotificationKind.PRACTICE_REMINDER, false)
                // what concerns money and cancellations is always sent
                .containsEntry(NotificationKind.GIFT_RECEIPT, true)
                .containsEntry(NotificationKind.OFFERING_CANCELLED, true);
    }

    @Test
    void theChosenNameWinsOverTheProvidersAtLaterSignIns() {
        OAuth2AuthenticationToken newcomer = TestLogins.signedUp(members, "Provider Name");
        TestLogins.as(newcomer, () -> welcome.welcome(answers("Chosen Name")));

        MemberProfile later = members.recordSignIn(identity(newcomer), "Provider Name Again", "new@example.org", "de");

        assertThat(later.displayName()).isEqualTo("Chosen Name");
        // the address and the locale claim stay the provider's
        assertThat(later.email()).isEqualTo("new@example.org");
    }

    @Test
    void withoutAChosenNameTheProvidersNameStillUpdates() {
        OAuth2AuthenticationToken newcomer = TestLogins.signedUp(members, "First Claim");
        TestLogins.as(newcomer, () -> {
            welcome.later();
            return null;
        });

        assertThat(members.recordSignIn(identity(newcomer), "Second Claim", null, null).displayName())
                .isEqualTo("Second Claim");
    }

    @Test
    void laterIsNotAskedAgainAndStoresNothingElse() {
        OAuth2AuthenticationToken newcomer = TestLogins.signedUp(members, "Lee Later");

        TestLogins.as(newcomer, () -> {
            welcome.later();
            return null;
        });

        assertThat(members.isWelcomePending(identity(newcomer))).isFalse();
        MemberProfile profile = TestLogins.as(newcomer, () -> members.currentProfile().orElseThrow());
        assertThat(profile.displayName()).isEqualTo("Lee Later");
        assertThat(profile.newsletterSince()).isNull();
        assertThat(profile.languageChosen()).isFalse();
        assertThat(TestLogins.as(newcomer, notifications::myEmailChoices)).doesNotContainValue(false);
    }

    @Test
    void anEmptyNameIsRefusedAndNothingIsStored() {
        OAuth2AuthenticationToken newcomer = TestLogins.signedUp(members, "Nia Empty");

        assertThatThrownBy(() -> TestLogins.as(newcomer, () -> welcome.welcome(new WelcomeAnswers("   ",
                ZoneId.of("Asia/Tokyo"), SPANISH, Set.of(), true, false))))
                .isInstanceOf(WelcomeRefused.class).hasMessage("welcome.refused.name");

        assertThat(members.isWelcomePending(identity(newcomer))).isTrue();
        MemberProfile profile = TestLogins.as(newcomer, () -> members.currentProfile().orElseThrow());
        assertThat(profile.timeZone()).isNull();
        assertThat(profile.newsletterSince()).isNull();
        assertThat(TestLogins.as(newcomer, notifications::myEmailChoices)).doesNotContainValue(false);
    }

    @Test
    void onlyTeachersMayBeListedInTheDirectory() {
        OAuth2AuthenticationToken participant = TestLogins.signedUp(members, "Pat Participant");
        assertThatThrownBy(() -> TestLogins.as(participant, () -> welcome.welcome(new WelcomeAnswers("Pat",
                null, Locale.ENGLISH, Set.of(), false, true)))).isInstanceOf(WelcomeRefused.class)
                .hasMessage("welcome.refused.directory");

        OAuth2AuthenticationToken teacher = TestLogins.signedUp(members, "Tara Teacher", Roles.TEACHER);
        TestLogins.as(teacher, () -> welcome.welcome(new WelcomeAnswers("Tara T.", null, Locale.ENGLISH, Set.of(),
                false, true)));
        assertThat(members.isWelcomePending(identity(teacher))).isFalse();
    }

    @Test
    void newsletterConsentKeepsItsFirstMomentAndCanBeWithdrawn() {
        OAuth2AuthenticationToken newcomer = TestLogins.signedUp(members, "Noa News");
        TestLogins.as(newcomer, () -> welcome.welcome(new WelcomeAnswers("Noa", null, Locale.ENGLISH, Set.of(), true,
                false)));
        MemberProfile given = TestLogins.as(newcomer, () -> members.currentProfile().orElseThrow());
        assertThat(given.newsletterSince()).isNotNull();

        assertThat(TestLogins.as(newcomer, () -> members.consentToNewsletter(true)).newsletterSince())
                .isEqualTo(given.newsletterSince());
        assertThat(TestLogins.as(newcomer, () -> members.consentToNewsletter(false)).newsletterSince()).isNull();
    }

    @Test
    void membersRegisteredBeforeTheirFirstSignInAreNotAsked() {
        MemberIdentity demo = new MemberIdentity(TestLogins.ISSUER, "registered-" + UUID.randomUUID());
        TestLogins.asStaff(() -> members.registerIfAbsent(demo, "Demo Person", null, null));

        assertThat(members.isWelcomePending(demo)).isFalse();
    }

    private static WelcomeAnswers answers(String name) {
        return new WelcomeAnswers(name, null, Locale.ENGLISH, Set.of(), false, false);
    }

    private static MemberIdentity identity(OAuth2AuthenticationToken token) {
        return new MemberIdentity(TestLogins.ISSUER, ((OidcUser) token.getPrincipal()).getSubject());
    }
}
