package org.centerformsc.portal.giving.stripe;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** A local stub of Stripe's API where {@link StripeTest} points stripe-java, started per class, reset per test. */
final class StripeStub {

    private StripeStub() {
    }

    /** For a {@code @RegisterExtension static} field. */
    static WireMockExtension onTestPort() {
        return WireMockExtension.newInstance()
                .options(options().port(StripeTest.STUB_PORT).bindAddress("127.0.0.1")).build();
    }
}
