package org.centerformsc.portal.giving;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a visitor types as donor: a name for the receipt and a plausible e-mail to send it to. */
class GuestDonorTest {

    @Test
    void aNameAndAnEmailAreTakenTrimmed() {
        GuestDonor donor = GuestDonor.of("  Grace Guest ", " Grace.Guest+gifts@example.org ");

        assertThat(donor).isEqualTo(new GuestDonor("Grace Guest", "Grace.Guest+gifts@example.org"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aMissingNameIsRefusedOnTheNameField(String name) {
        assertRefused(() -> GuestDonor.of(name, "grace@example.org"), "name", "giving.guest.invalid.name");
        assertRefused(() -> GuestDonor.of(null, "grace@example.org"), "name", "giving.guest.invalid.name");
    }

    @Test
    void aNameLongerThanAReceiptLineOrSpanningLinesIsRefused() {
        assertThat(GuestDonor.of("G".repeat(100), "g@example.org").name()).hasSize(100);
        assertRefused(() -> GuestDonor.of("G".repeat(101), "g@example.org"), "name", "giving.guest.invalid.name.long");
        assertRefused(() -> GuestDonor.of("Grace\nBcc: x@example.org", "g@example.org"), "name",
                "giving.guest.invalid.name.long");
    }

    @Test
    void aMissingEmailIsRefusedOnTheEmailField() {
        assertRefused(() -> GuestDonor.of("Grace", " "), "email", "giving.guest.invalid.email.missing");
        assertRefused(() -> GuestDonor.of("Grace", null), "email", "giving.guest.invalid.email.missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"grace", "grace@", "@example.org", "grace@example", "grace@@example.org",
            "gr ace@example.org", "grace@example..org", "grace@.org", "grace@example.org."})
    void anImplausibleEmailIsRefused(String email) {
        assertRefused(() -> GuestDonor.of("Grace", email), "email", "giving.guest.invalid.email");
    }

    @Test
    void anEmailLongerThanMailCarriesIsRefused() {
        String domain = "@" + "d".repeat(61) + "." + "e".repeat(61) + "." + "f".repeat(61) + ".org";
        String local = "l".repeat(64);

        assertThat(GuestDonor.of("Grace", local + domain).email()).hasSize(254);
        assertRefused(() -> GuestDonor.of("Grace", local + "f" + domain), "email", "giving.guest.invalid.email");
        assertRefused(() -> GuestDonor.of("Grace", local + "l@example.org"), "email", "giving.guest.invalid.email");
    }

    private static void assertRefused(Runnable attempt, String field, String key) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(GuestDonor.Refused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
        });
    }
}
