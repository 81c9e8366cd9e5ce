package org.centerformsc.portal.development.identity;

import org.centerformsc.portal.development.DemoAccount;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevAccountsTest {

    private final DevAccounts accounts = new DevAccounts();

    @Test
    void theDemoAccountsAreThereWithVerifiedAddresses() {
        assertThat(accounts.exists("participant")).isTrue();
        assertThat(accounts.claimsOf("teacher")).get().satisfies(teacher -> {
            assertThat(teacher.roles()).contains(Roles.TEACHER);
            assertThat(teacher.emailVerified()).isTrue();
        });
    }

    @Test
    void aNewAccountIsAParticipantNamedByItsEmailWithTheVisitorsLanguage() {
        DevAccount created = accounts.create(
                new SignUpForm("Mia Novak", "Mia@Example.org", "a good password", "a good password"),
                Locale.forLanguageTag("es"));

        assertThat(created.username()).isEqualTo("mia@example.org");
        assertThat(accounts.exists("MIA@example.org")).isTrue();
        assertThat(accounts.claimsOf("mia@example.org")).contains(new DevAccount("mia@example.org", "Mia Novak",
                "mia@example.org", "es", java.util.Set.of(Roles.PARTICIPANT), false));
        var user = accounts.users().loadUserByUsername("mia@example.org");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PARTICIPANT");
        // stored hashed, never as typed
        assertThat(user.getPassword()).doesNotContain("a good password");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches("a good password", user.getPassword())).isTrue();
    }

    @Test
    void aDirectorysAccountSignsInWithItsUsernameAsPasswordAndItsOwnClaims() {
        DevAccounts withDirectory = new DevAccounts(username -> username.equals("member-7")
                ? Optional.of(new DemoAccount("member-7", "Aiko Tanaka", "member-7@dataset.centerformsc.invalid",
                "ja-JP", Set.of(Roles.PARTICIPANT))) : Optional.empty());

        var user = withDirectory.signIns().loadUserByUsername("member-7");
        assertThat(user.getPassword()).isEqualTo("{noop}member-7");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PARTICIPANT");
        assertThat(withDirectory.claimsOf("member-7")).contains(new DevAccount("member-7", "Aiko Tanaka",
                "member-7@dataset.centerformsc.invalid", "ja-JP", Set.of(Roles.PARTICIPANT), true));
        // the provider's own accounts come first; names nobody knows are refused
        assertThat(withDirectory.signIns().loadUserByUsername("staff").getAuthorities())
                .extracting(Object::toString).contains("ROLE_STAFF");
        assertThatThrownBy(() -> withDirectory.signIns().loadUserByUsername("member-8"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThatThrownBy(() -> accounts.signIns().loadUserByUsername("member-7"))
                .isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void anAddressIsTakenOnlyOnce() {
        SignUpForm form = new SignUpForm("Mia", "mia@example.org", "a good password", "a good password");
        accounts.create(form, Locale.ENGLISH);

        assertThatThrownBy(() -> accounts.create(form, Locale.ENGLISH)).isInstanceOf(IllegalStateException.class);
    }
}
