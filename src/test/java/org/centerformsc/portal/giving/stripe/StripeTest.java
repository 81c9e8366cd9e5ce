package org.centerformsc.portal.giving.stripe;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The whole application with the Stripe adapter, its API pointed at a local stub (port 18765). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"portal.payments.provider=stripe",
        "portal.payments.stripe.secret-key=sk_test_portal",
        "portal.payments.stripe.webhook-secret=" + StripeTest.WEBHOOK_SECRET,
        "portal.payments.stripe.api-base=http://127.0.0.1:" + StripeTest.STUB_PORT})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@interface StripeTest {
    String WEBHOOK_SECRET = "whsec_portal_test";
    int STUB_PORT = 18765;
}
