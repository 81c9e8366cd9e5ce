package org.centerformsc.portal.giving.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stripe's notifications. The signature is checked against the webhook secret and events older than five minutes
 * are refused (replays); a bad request gets 400 and changes nothing. Stripe redelivers until it gets a 2xx.
 */
@RestController
@ConditionalOnProperty(name = "portal.payments.provider", havingValue = "stripe")
class StripeWebhookController {

    static final String PATH = "/payments/stripe/webhook";
    static final long TOLERANCE_SECONDS = 300;

    private final StripeSettings settings;
    private final StripeEvents events;

    StripeWebhookController(StripeSettings settings, StripeEvents events) {
        this.settings = settings;
        this.events = events;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> receive(@RequestBody String payload,
                                 @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, settings.webhookSecret(), TOLERANCE_SECONDS);
        } catch (SignatureVerificationException | RuntimeException invalid) {
            return ResponseEntity.badRequest().build();
        }
        events.apply(event);
        return ResponseEntity.ok().build();
    }
}
