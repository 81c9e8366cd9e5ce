package org.centerformsc.portal.development.identity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class SignUpFormTest {

    private static final Set<String> TAKEN = Set.of("taken@example.org");

    @Test
    void aCompleteFormHasNoProblems() {
        assertThat(problems(new SignUpForm(" Mia Novak ", " mia@example.org ", "long enough", "long enough")))
                .isEmpty();
    }

    @Test
    void eachFieldNamesItsOwnProblem() {
        assertThat(problems(new SignUpForm("", "not-an-address", "short", "short"))).containsExactly(
                entry("name", "devidp.signup.name.missing"), entry("email", "devidp.signup.email.invalid"),
                entry("password", "devidp.signup.password.short"));
    }

    @Test
    void addressesWithoutADomainOrWithSpacesAreRefused() {
        for (String address : new String[] {"mia@", "@example.org", "mia@example", "mia @example.org", "a@b@c.org"}) {
            assertThat(problems(new SignUpForm("Mia", address, "long enough", "long enough")))
                    .as(address).containsEntry("email", "devidp.signup.email.invalid");
        }
    }

    @Test
    void anAddressWithAnAccountIsTaken() {
        assertThat(problems(new SignUpForm("Mia", "taken@example.org", "long enough", "long enough")))
                .containsExactly(entry("email", "devidp.signup.email.taken"));
    }

    @Test
    void eightCharactersAreEnoughAndBothPasswordsMustBeTheSame() {
        assertThat(problems(new SignUpForm("Mia", "mia@example.org", "12345678", "12345678"))).isEmpty();
        assertThat(problems(new SignUpForm("Mia", "mia@example.org", "1234567", "1234567")))
                .containsExactly(entry("password", "devidp.signup.password.short"));
        assertThat(problems(new SignUpForm("Mia", "mia@example.org", "12345678", "12345679")))
                .containsExactly(entry("repeated", "devidp.signup.password.mismatch"));
    }

    @Test
    void missingFieldsAreEmptyNotNull() {
        assertThat(problems(new SignUpForm(null, null, null, null))).containsKeys("name", "email", "password");
    }

    private static java.util.Map<String, String> problems(SignUpForm form) {
        return form.problems(TAKEN::contains);
    }
}
