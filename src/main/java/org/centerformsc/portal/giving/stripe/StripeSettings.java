package org.centerformsc.portal.giving.stripe;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * portal.payments.stripe.*: keys only from the environment (STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET); the API
 * base is Stripe's unless a test points it at a local stub; the URLs are where Stripe sends donors back.
 */
@ConfigurationProperties("portal.payments.stripe")
record StripeSettings(String secretKey, String webhookSecret, String apiBase, String returnUrl) {

    StripeSettings {
        apiBase = apiBase == null || apiBase.isBlank() ? "https://api.stripe.com" : apiBase;
        returnUrl = returnUrl == null || returnUrl.isBlank() ? "http://localhost:8080/giving" : returnUrl;
    }

    /** The portal's own address, before the giving page's path: where members come back to a course page. */
    String siteUrl() {
        return returnUrl.replaceFirst("/giving/?$", "");
    }
}
