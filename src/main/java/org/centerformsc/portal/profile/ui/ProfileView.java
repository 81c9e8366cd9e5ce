package org.centerformsc.portal.profile.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.LanguageChoice;
import org.centerformsc.portal.notifications.NotificationService;
import org.centerformsc.portal.base.ui.LanguageSwitcher;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.privacy.PrivacyService;
import org.centerformsc.portal.security.CurrentMember;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;

/**
 * The member's own record. Name, email and language come from the identity provider at each sign-in; the time
 * zone and the calendar feed are the member's to set here.
 */
@Route("profile")
@PermitAll
@Menu(order = 7, title = "nav.profile", icon = "vaadin:user")
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;

    private final LanguageChoice languages;

    private final NotificationService notifications;

    private final PrivacyService privacy;

    private final CurrentMember currentMember;

    ProfileView(MemberService members, CalendarFeedSection calendarFeed, LanguageChoice languages,
                NotificationService notifications, PrivacyService privacy, CurrentMember currentMember) {
        this.privacy = privacy;
        this.currentMember = currentMember;
        this.notifications = notifications;
        this.members = members;
        this.languages = languages;
        setId("profile-view");
        add(new ViewHeader(getTranslation("nav.profile"), getTranslation("profile.lead")));
        members.currentProfile().ifPresent(this::show);
        add(calendarFeed);
        members.currentProfile().ifPresent(profile -> add(new YourDataSection(privacy, currentMember, profile)));
    }

    private void show(MemberProfile profile) {
        Section account = new Section(name(profile), readOnly("profile-email", "profile.email", profile.email()),
                new Paragraph(getTranslation("profile.source.email")));
        add(account, language(), timeZone(profile), new EmailChoicesSection(notifications),
                new NewsletterSection(members, profile));
    }

    /** The name shown in the portal; once chosen here (or in the welcome) the provider's no longer replaces it. */
    private TextField name(MemberProfile profile) {
        TextField name = new TextField(getTranslation("profile.name"));
        name.setId("profile-name");
        name.setValue(profile.displayName() == null ? "" : profile.displayName());
        name.setMaxLength(200);
        name.setRequiredIndicatorVisible(true);
        name.setHelperText(getTranslation("profile.name.help"));
        name.setWidthFull();
        name.setMaxWidth("32rem");
        name.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            if (change.getValue().isBlank()) {
                name.setErrorMessage(getTranslation("welcome.refused.name"));
                name.setInvalid(true);
                return;
            }
            name.setInvalid(false);
            members.chooseName(change.getValue());
            Notification.show(getTranslation("profile.name.saved"));
        });
        return name;
    }

    /** The member's own language, which wins over the identity provider's and the browser's (decision 019). */
    private Section language() {
        LanguageSwitcher language = new LanguageSwitcher(languages);
        language.setId("profile-language");
        language.setLabel(getTranslation("language.label"));
        language.setHelperText(getTranslation("profile.language.help"));
        language.setWidthFull();
        language.setMaxWidth("32rem");
        return new Section(new H2(getTranslation("language.label")), language);
    }

    private Section timeZone(MemberProfile profile) {
        ComboBox<ZoneId> zone = new ComboBox<>(getTranslation("profile.zone"));
        zone.setId("profile-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/"))
                .map(ZoneId::of).sorted(Comparator.comparing(ZoneId::getId)).toList());
        zone.setItemLabelGenerator(id -> TimeFormats.zoneLabel(id, getLocale()));
        zone.setPlaceholder(getTranslation("profile.zone.browser"));
        zone.setClearButtonVisible(true);
        zone.setHelperText(getTranslation("profile.zone.help"));
        zone.setWidthFull();
        zone.setMaxWidth("32rem");
        Optional.ofNullable(profile.timeZone()).map(ZoneId::of).ifPresent(zone::setValue);
        zone.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                members.preferTimeZone(change.getValue());
                Notification.show(getTranslation("profile.zone.saved"));
            }
        });
        return new Section(new H2(getTranslation("profile.zone")), zone);
    }

    private TextField readOnly(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setMaxWidth("32rem");
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.profile") + " | " + getTranslation("app.title");
    }
}
