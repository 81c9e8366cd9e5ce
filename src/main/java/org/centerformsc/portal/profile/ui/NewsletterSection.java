package org.centerformsc.portal.profile.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;

import java.time.ZoneId;

/** The consent to receive the newsletter, with the moment it was given (docs/decisions/021). */
class NewsletterSection extends Section {

    private final Checkbox consent = new Checkbox();

    NewsletterSection(MemberService members, MemberProfile profile) {
        setId("newsletter");
        consent.setId("profile-newsletter");
        consent.setLabel(getTranslation("welcome.newsletter"));
        consent.setValue(profile.newsletterSince() != null);
        describe(profile);
        consent.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                describe(members.consentToNewsletter(change.getValue()));
                Notification.show(getTranslation("profile.newsletter.saved"));
            }
        });
        add(new H2(getTranslation("profile.newsletter")), consent);
    }

    private void describe(MemberProfile profile) {
        ZoneId zone = profile.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(profile.timeZone());
        consent.setHelperText(profile.newsletterSince() == null ? getTranslation("profile.newsletter.none")
                : getTranslation("profile.newsletter.since", TimeFormats.date(profile.newsletterSince(), zone,
                getLocale())));
    }
}
