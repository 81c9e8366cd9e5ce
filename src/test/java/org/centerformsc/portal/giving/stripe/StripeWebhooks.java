package org.centerformsc.portal.giving.stripe;

import com.stripe.Stripe;
import com.stripe.net.Webhook;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Stripe's notifications for tests, signed with the test secret exactly as Stripe signs them. */
final class StripeWebhooks {

    private StripeWebhooks() {
    }

    static ResultActions deliver(MockMvc mvc, String payload, long signedAt) throws Exception {
        String signature = Webhook.Util.computeHmacSha256(StripeTest.WEBHOOK_SECRET, signedAt + "." + payload);
        return mvc.perform(post(StripeWebhookController.PATH).contentType(MediaType.APPLICATION_JSON).content(payload)
                .header("Stripe-Signature", "t=" + signedAt + ",v1=" + signature));
    }

    static String event(String id, String type, long created, String object) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"type":"%s","data":{"object":%s}}"""
                .formatted(id, Stripe.API_VERSION, created, type, object);
    }

    /** A monthly subscription of 25 USD in this Stripe status, its period ending in 30 days. */
    static String subscriptionJson(String id, String status) {
        return """
                {"id":"%s","object":"subscription","status":"%s","items":{"object":"list","data":[
                 {"id":"si_1","object":"subscription_item","current_period_end":%d,
                  "price":{"id":"price_1","object":"price","unit_amount":2500,"currency":"usd","product":"prod_1"}}]}}"""
                .formatted(id, status, now() + 30 * 86_400);
    }

    static long now() {
        return Instant.now().getEpochSecond();
    }
}
