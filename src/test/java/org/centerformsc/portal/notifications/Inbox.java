package org.centerformsc.portal.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.MemberIdentity;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A test member's e-mail as the local mail server received it, and members who read the portal in German. */
final class Inbox {

    private Inbox() {
    }

    /** The plain text of the one e-mail this member received with this subject; fails on none or several. */
    static String only(OAuth2AuthenticationToken member, String subject) throws MessagingException, IOException {
        List<MimeMessage> found = withSubject(member, subject);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " e-mails \"" + subject + "\" to " + email(member) + ", not 1");
        }
        return TestMail.text(found.get(0));
    }

    static List<MimeMessage> withSubject(OAuth2AuthenticationToken member, String subject) {
        return TestMail.to(email(member)).stream().filter(mail -> {
            try {
                return subject.equals(mail.getSubject());
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** A member who signed in with a German browser ("de-DE") and lives in Berlin. */
    static OAuth2AuthenticationToken german(MemberService members, String name, String... roles) {
        String subject = name.toLowerCase().replace(' ', '-') + "-" + UUID.randomUUID();
        members.recordSignIn(new MemberIdentity(TestLogins.ISSUER, subject), name, TestLogins.email(subject),
                "de-DE");
        OAuth2AuthenticationToken token = TestLogins.token(subject, name, roles);
        TestLogins.as(token, () -> members.preferTimeZone(ZoneId.of("Europe/Berlin")));
        return token;
    }

    private static String email(OAuth2AuthenticationToken member) {
        return TestLogins.email(member.getPrincipal().getAttribute("sub"));
    }
}
