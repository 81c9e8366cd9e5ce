package org.centerformsc.portal.fees;

import org.centerformsc.portal.base.Texts;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingDetails;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.fees.domain.ScholarshipRequest;
import org.centerformsc.portal.fees.domain.ScholarshipRequestRepository;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Locale;

/** Once staff's decision on a scholarship is committed, the member hears it by e-mail, with the course's link. */
@Component
class ScholarshipMail {

    private static final Logger LOG = LoggerFactory.getLogger(ScholarshipMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final ScholarshipRequestRepository requests;
    private final MemberService members;
    private final CatalogService catalog;
    private final Texts texts;
    private final String from;
    private final String publicUrl;
    private final TransactionTemplate read;

    ScholarshipMail(ObjectProvider<JavaMailSender> mail, ScholarshipRequestRepository requests, MemberService members,
                    CatalogService catalog, Texts texts,
                    @Value("${portal.mail.from:giving@centerformsc.org}") String from,
                    @Value("${portal.public-url:http://localhost:8080}") String publicUrl,
                    PlatformTransactionManager transactions) {
        this.mail = mail;
        this.requests = requests;
        this.members = members;
        this.catalog = catalog;
        this.texts = texts;
        this.from = from;
        this.publicUrl = publicUrl.replaceFirst("/$", "");
        this.read = new TransactionTemplate(transactions);
        this.read.setReadOnly(true);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(ScholarshipDecided decided) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            LOG.info("Scholarship decision {} not e-mailed: no mail server configured (spring.mail.host)",
                    decided.requestId());
            return;
        }
        SimpleMailMessage message = SystemAuthentication.asSystem(() -> read.execute(status -> {
            ScholarshipRequest request = requests.findById(decided.requestId()).orElseThrow();
            MemberProfile member = members.profileOf(new MemberId(request.getMemberId())).orElseThrow();
            OfferingCard course = catalog.offering(new OfferingId(request.getOfferingId()))
                    .map(OfferingDetails::card).orElseThrow();
            return member.email() == null ? null : message(request, member, course);
        }));
        if (message == null) {
            return;
        }
        try {
            sender.send(message);
        } catch (MailException failed) {
            LOG.warn("Could not e-mail the decision on scholarship request {}: {}", decided.requestId(),
                    failed.getMessage());
        }
    }

    private SimpleMailMessage message(ScholarshipRequest request, MemberProfile member, OfferingCard course) {
        Locale locale = org.centerformsc.portal.base.PortalLanguages.readerOf(member.locale());
        String link = publicUrl + "/courses/" + course.code();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(member.email());
        if (request.getStatus() == ScholarshipStatus.GRANTED) {
            ScholarshipGrant grant = request.getGrant();
            String what = grant.percent() != null ? texts.get("scholarship.mail.percent", locale, grant.percent())
                    : texts.get("scholarship.mail.amount", locale,
                    TimeFormats.money(grant.amountMinor(), grant.currency(), locale));
            message.setSubject(texts.get("scholarship.mail.granted.subject", locale, course.title()));
            message.setText(texts.get("scholarship.mail.granted.body", locale, member.displayName(), course.title(),
                    what, link));
        } else {
            message.setSubject(texts.get("scholarship.mail.declined.subject", locale, course.title()));
            message.setText(texts.get("scholarship.mail.declined.body", locale, member.displayName(), course.title(),
                    request.getDeclineReason(), link));
        }
        return message;
    }
}
