package org.centerformsc.portal.giving.stripe;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.GuestGivingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.deliver;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.event;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.now;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A visitor's one-time gift through Stripe Checkout: asked for with their e-mail, recorded from the webhook. */
@StripeTest
class StripeGuestGiftTest {

    @RegisterExtension
    static final WireMockExtension stripe = StripeStub.onTestPort();

    @Autowired
    GuestGivingService guests;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGuestGoesToCheckoutWithTheirEmailAndTheWebhookRecordsTheGiftOnceAndMailsTheReceipt() throws Exception {
        String email = "gus-" + UUID.randomUUID() + "@guests.test.centerformsc.invalid";
        stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"cs_guest","object":"checkout.session","url":"https://checkout.stripe.com/c/pay/cs_guest"}""")));

        String checkout = guests.give("Gus Guest", email, new BigDecimal("20"), "USD", Designation.GENERAL, null);

        assertThat(checkout).isEqualTo("https://checkout.stripe.com/c/pay/cs_guest");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withRequestBody(containing("mode=payment"))
                .withRequestBody(containing("customer_email=" + email.replace("@", "%40")))
                .withRequestBody(containing("metadata[guest]=true"))
                .withRequestBody(containing("metadata[donor_name]=Gus+Guest"))
                .withRequestBody(notContaining("member_id"))
                .withRequestBody(notContaining("client_reference_id")));
        assertThat(giftsOf(email)).as("nothing is recorded before Stripe confirms").isZero();

        String payload = event("evt_" + UUID.randomUUID(), "checkout.session.completed", now(), """
                {"id":"cs_guest","object":"checkout.session","mode":"payment","amount_total":2000,"currency":"usd",
                 "payment_intent":"pi_%s","customer_email":"%s","customer_details":{"email":"%s","name":null},
                 "metadata":{"guest":"true","donor_name":"Gus Guest","designation":"GENERAL","frequency":"ONCE"}}"""
                .formatted(UUID.randomUUID(), email, email));
        deliver(mvc, payload, now()).andExpect(status().isOk());
        deliver(mvc, payload, now()).andExpect(status().isOk());

        assertThat(giftsOf(email)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select donor_name from gift where donor_email = ?", String.class, email))
                .isEqualTo("Gus Guest");
        assertThat(TestMail.to(email)).singleElement()
                .satisfies(receipt -> assertThat(receipt.getSubject()).isEqualTo("Your gift receipt: $20.00"));
    }

    private long giftsOf(String email) {
        return jdbc.queryForObject("select count(*) from gift where donor_email = ?", Long.class, email);
    }
}
