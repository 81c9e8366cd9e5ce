package org.centerformsc.portal.development.identity;

import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.Locale;

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
    void anAddressIsTakenOnlyOnce() {
        SignUpForm form = new SignUpForm("Mia", "mia@example.org", "a good password", "a good password");
        accounts.create(form, Locale.ENGLISH);

        assertThatThrownBy(() -> accounts.create(form, Locale.ENGLISH)).isInstanceOf(IllegalStateException.class);
    }
}
