package org.centerformsc.portal.giving.stripe;

import org.centerformsc.portal.TestCampaigns;
import org.centerformsc.portal.giving.CampaignService;
import org.junit.jupiter.api.BeforeEach;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.giving.Designation;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.RecurringGiftView;
import org.centerformsc.portal.giving.SubscriptionState;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.event;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.now;
import static org.centerformsc.portal.giving.stripe.StripeWebhooks.subscriptionJson;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Stripe's notifications, signed here with the test secret exactly as Stripe signs them. */
@StripeTest
class StripeWebhookTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    @BeforeEach
    void iwdCampaignIsOpen() {
        TestCampaigns.open(campaigns, "IWD-2026");
    }

    @Autowired
    MemberService members;

    @Test
    void thePaymentDeliveredThreeTimesIsOneGift() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Tripp Triple");
        long member = TestLogins.as(donor, members::currentMemberId).value();
        String payload = event("evt_" + UUID.randomUUID(), "checkout.session.completed", now(), """
                {"id":"cs_%s","object":"checkout.session","mode":"payment","amount_total":2500,"currency":"usd",
                 "payment_intent":"pi_%s","metadata":{"member_id":"%d","designation":"CAMPAIGN","campaign":"IWD-2026"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), member));

        for (int delivery = 0; delivery < 3; delivery++) {
            StripeWebhooks.deliver(mvc, payload, now()).andExpect(status().isOk());
        }

        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).singleElement().satisfies(gift -> {
            assertThat(gift.amount().minorUnits()).isEqualTo(2500);
            assertThat(gift.campaign()).isEqualTo("IWD-2026");
        });
    }

    @Test
    void aPaymentNamingAnUnknownCampaignIsKeptAsAGeneralGift() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Uma Unknown");
        long member = TestLogins.as(donor, members::currentMemberId).value();
        String payload = event("evt_" + UUID.randomUUID(), "checkout.session.completed", now(), """
                {"id":"cs_%s","object":"checkout.session","mode":"payment","amount_total":3000,"currency":"usd",
                 "payment_intent":"pi_%s","metadata":{"member_id":"%d","designation":"CAMPAIGN","campaign":"GONE-2019"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), member));

        StripeWebhooks.deliver(mvc, payload, now()).andExpect(status().isOk());

        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).singleElement().satisfies(gift -> {
            assertThat(gift.amount().minorUnits()).isEqualTo(3000);
            assertThat(gift.campaign()).isNull();
            assertThat(gift.designation()).isEqualTo(Designation.GENERAL);
        });
    }

    @Test
    void aBadSignatureOrAStaleTimestampIsRefusedAndChangesNothing() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Sly Signature");
        long member = TestLogins.as(donor, members::currentMemberId).value();
        String payload = event("evt_" + UUID.randomUUID(), "checkout.session.completed", now(), """
                {"id":"cs_x","object":"checkout.session","mode":"payment","amount_total":900,"currency":"usd",
                 "payment_intent":"pi_%s","metadata":{"member_id":"%d"}}""".formatted(UUID.randomUUID(), member));

        mvc.perform(post(StripeWebhookController.PATH).contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", "t=" + now() + ",v1=" + "0".repeat(64))).andExpect(status().isBadRequest());
        StripeWebhooks.deliver(mvc, payload, now() - 600).andExpect(status().isBadRequest());
        mvc.perform(post(StripeWebhookController.PATH).contentType(MediaType.APPLICATION_JSON).content(payload))
                .andExpect(status().isBadRequest());

        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).isEmpty();
    }

    @Test
    void aSubscriptionFollowsItsNewestEventEvenWhenAnOlderOneArrivesLate() throws Exception {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Otto Order");
        long member = TestLogins.as(donor, members::currentMemberId).value();
        String subscription = "sub_" + UUID.randomUUID();
        long t = now();
        StripeWebhooks.deliver(mvc, event("evt_" + UUID.randomUUID(), "checkout.session.completed", t, """
                {"id":"cs_s","object":"checkout.session","mode":"subscription","amount_total":2500,"currency":"usd",
                 "subscription":"%s","customer":"cus_1",
                 "metadata":{"member_id":"%d","designation":"CIRCLES_SCHOLARSHIPS","frequency":"MONTHLY"}}"""
                .formatted(subscription, member)), t).andExpect(status().isOk());
        String invoice = event("evt_" + UUID.randomUUID(), "invoice.paid", t + 1, """
                {"id":"in_%s","object":"invoice","amount_paid":2500,"currency":"usd",
                 "parent":{"type":"subscription_details","subscription_details":{"subscription":"%s",
                 "metadata":{"member_id":"%d","designation":"CIRCLES_SCHOLARSHIPS"}}}}"""
                .formatted(UUID.randomUUID(), subscription, member));
        StripeWebhooks.deliver(mvc, invoice, t + 1).andExpect(status().isOk());
        StripeWebhooks.deliver(mvc, event("evt_" + UUID.randomUUID(), "customer.subscription.deleted", t + 20,
                subscriptionJson(subscription, "canceled")), t + 20).andExpect(status().isOk());

        StripeWebhooks.deliver(mvc, event("evt_" + UUID.randomUUID(), "customer.subscription.updated", t + 10,
                subscriptionJson(subscription, "active")), t + 10).andExpect(status().isOk());

        RecurringGiftView gift = TestLogins.as(donor, giving::myRecurringGifts).get(0);
        assertThat(gift.status()).isEqualTo(SubscriptionState.Status.CANCELLED);
        assertThat(TestLogins.as(donor, () -> giving.myGifts(0, 50))).hasSize(1);
    }
}
