package org.centerformsc.portal.giving;

import org.centerformsc.portal.base.Texts;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Tells the donor, in their language, that a charge of their recurring gift failed and when the provider tries
 * again, once that is committed. The card itself is updated on the provider's page, reached from the giving page.
 */
@Component
class PaymentFailureMailer {

    private static final Logger log = LoggerFactory.getLogger(PaymentFailureMailer.class);

    private final GiftMail mail;
    private final MemberService members;
    private final Texts texts;
    private final String givingPage;

    // the giving page is where the provider sends donors back, so its address is already configured there
    PaymentFailureMailer(GiftMail mail, MemberService members, Texts texts,
                         @Value("${portal.payments.stripe.return-url:http://localhost:8080/giving}")
                         String givingPage) {
        this.mail = mail;
        this.members = members;
        this.texts = texts;
        this.givingPage = givingPage;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(RecurringPaymentFailed failed) {
        if (!mail.configured()) {
            log.info("Failed-payment e-mail for recurring gift {} skipped: no mail server configured",
                    failed.recurringGiftId());
            return;
        }
        SystemAuthentication.asSystem(() -> members.profileOf(failed.member())).ifPresent(donor -> {
            if (!send(donor, failed) && donor.email() != null) {
                log.warn("Failed-payment e-mail for recurring gift {} could not be sent", failed.recurringGiftId());
            }
        });
    }

    private boolean send(MemberProfile donor, RecurringPaymentFailed failed) {
        Locale locale = org.centerformsc.portal.base.PortalLanguages.readerOf(donor.locale());
        String amount = GiftDocuments.money(failed.amount(), locale);
        String frequency = texts.get("giving.frequency." + failed.frequency().name().toLowerCase(Locale.ROOT), locale);
        String next = failed.nextRetryOn() == null ? texts.get("giving.mail.failed.last", locale)
                : texts.get("giving.mail.failed.retry", locale,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(failed.nextRetryOn()));
        return mail.sendText(donor.email(), texts.get("giving.mail.failed.subject", locale, frequency, amount),
                texts.get("giving.mail.failed.body", locale, donor.displayName(), frequency, amount, next, givingPage));
    }
}
