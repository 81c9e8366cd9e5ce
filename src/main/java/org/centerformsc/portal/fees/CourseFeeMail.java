package org.centerformsc.portal.fees;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.base.Texts;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.fees.domain.CoursePayment;
import org.centerformsc.portal.fees.domain.CoursePaymentRepository;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

/**
 * Once a course payment is settled and committed: its receipt to the member, or, when there was no seat to give, the
 * news that the money went back. Without a mail server (the embedded default) it only logs.
 */
@Component
class CourseFeeMail {

    private static final Logger LOG = LoggerFactory.getLogger(CourseFeeMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final CoursePaymentRepository payments;
    private final MemberService members;
    private final CatalogService catalog;
    private final CourseReceipts receipts;
    private final Texts texts;
    private final String from;
    private final TransactionTemplate read;

    CourseFeeMail(ObjectProvider<JavaMailSender> mail, CoursePaymentRepository payments, MemberService members,
                  CatalogService catalog, CourseReceipts receipts, Texts texts,
                  @Value("${portal.mail.from:giving@centerformsc.org}") String from,
                  PlatformTransactionManager transactions) {
        this.mail = mail;
        this.payments = payments;
        this.members = members;
        this.catalog = catalog;
        this.receipts = receipts;
        this.texts = texts;
        this.from = from;
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CourseFeeSettled settled) {
        mail(settled.paymentId(), settled.seated() ? "fees.mail.paid" : "fees.mail.refunded");
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(CourseFeeRefunded refunded) {
        mail(refunded.paymentId(), "fees.mail.cancelled");
    }

    private void mail(long paymentId, String key) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            LOG.info("Course payment {} not e-mailed: no mail server configured (spring.mail.host)", paymentId);
            return;
        }
        SystemAuthentication.asSystem(() -> read.execute(status -> {
            CoursePayment payment = payments.findById(paymentId).orElseThrow();
            MemberProfile member = members.profileOf(new MemberId(payment.getMemberId())).orElseThrow();
            OfferingCard course = catalog.offering(new OfferingId(payment.getOfferingId()))
                    .map(OfferingDetails::card).orElseThrow();
            if (member.email() != null) {
                send(sender, key, payment, member, course);
            }
            return null;
        }));
    }

    private void send(JavaMailSender sender, String key, CoursePayment payment, MemberProfile member,
                      OfferingCard course) {
        Locale locale = org.centerformsc.portal.base.PortalLanguages.readerOf(member.locale());
        String amount = TimeFormats.money(payment.getAmountMinor(), payment.getCurrency(), locale);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(member.email());
            helper.setSubject(texts.get(key + ".subject", locale, course.title()));
            helper.setText(texts.get(key + ".body", locale, member.displayName(), course.title(), amount));
            helper.addAttachment("course-receipt-" + payment.getId() + ".pdf",
                    new ByteArrayResource(receipts.receipt(payment, member.displayName(), course, locale)),
                    "application/pdf");
            sender.send(message);
        } catch (MessagingException | MailException failed) {
            LOG.warn("Could not e-mail member {} about course payment {}: {}", member.id().value(), payment.getId(),
                    failed.getMessage());
        }
    }
}
