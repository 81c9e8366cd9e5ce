package org.centerformsc.portal.joining.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.PortalLanguages;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.joining.WelcomeAnswers;
import org.centerformsc.portal.joining.WelcomeRefused;
import org.centerformsc.portal.joining.WelcomeService;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.notifications.NotificationKind;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * What the portal asks a new member once, after their first sign-in (the login sends them here): how they are
 * named, their zone and language, which e-mails they want, the newsletter and, for teachers, the directory. Each has
 * a default from the identity provider or the browser; "Later" puts it all off to Profile.
 */
@Route("welcome")
@PermitAll
class WelcomeView extends VerticalLayout implements HasDynamicTitle {

    private final WelcomeService welcome;
    private final TextField name = new TextField();
    private final ComboBox<ZoneId> zone = new ComboBox<>();
    private final Select<Locale> language = new Select<>();
    private final CheckboxGroup<NotificationKind> emails = new CheckboxGroup<>();
    private final Checkbox newsletter = new Checkbox();
    private final Checkbox directory = new Checkbox();

    WelcomeView(WelcomeService welcome) {
        this.welcome = welcome;
        setId("welcome-view");
        add(new ViewHeader(getTranslation("welcome.title"), getTranslation("welcome.lead")));
        Optional<MemberProfile> profile = welcome.startingPoint();
        add(form(profile), new Paragraph(getTranslation("welcome.changeable")), buttons());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // the browser's zone, unless the member already chose one
        Optional<ZoneId> chosen = welcome.startingPoint().map(MemberProfile::timeZone).map(ZoneId::of);
        ViewerZone.resolve(event.getUI(), chosen, null, found -> {
            if (found != null && zone.isEmpty()) {
                zone.setValue(found);
            }
        });
    }

    private FormLayout form(Optional<MemberProfile> profile) {
        name.setId("welcome-name");
        name.setLabel(getTranslation("welcome.name"));
        name.setHelperText(getTranslation("welcome.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        profile.map(MemberProfile::displayName).ifPresent(name::setValue);

        zone.setId("welcome-zone");
        zone.setLabel(getTranslation("profile.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(id -> id.contains("/") && !id.startsWith("Etc/"))
                .map(ZoneId::of).sorted(Comparator.comparing(ZoneId::getId)).toList());
        zone.setItemLabelGenerator(id -> TimeFormats.zoneLabel(id, getLocale()));
        zone.setPlaceholder(getTranslation("profile.zone.browser"));
        zone.setClearButtonVisible(true);

        language.setId("welcome-language");
        language.setLabel(getTranslation("language.label"));
        language.setItems(PortalLanguages.ALL);
        language.setItemLabelGenerator(PortalLanguages::ownName);
        // the page's language: the provider's locale claim, else the browser's (decision 019)
        language.setValue(PortalLanguages.match(getLocale()).orElse(PortalLanguages.ENGLISH));

        emails.setId("welcome-emails");
        emails.setLabel(getTranslation("welcome.emails"));
        emails.setHelperText(getTranslation("welcome.emails.help"));
        emails.setItems(Arrays.stream(NotificationKind.values()).filter(kind -> !kind.required()).toList());
        emails.setItemLabelGenerator(kind -> getTranslation("notify.kind." + kind.key()));
        emails.setValue(emails.getListDataView().getItems().collect(java.util.stream.Collectors.toSet()));

        newsletter.setId("welcome-newsletter");
        newsletter.setLabel(getTranslation("welcome.newsletter"));

        directory.setId("welcome-directory");
        directory.setLabel(getTranslation("welcome.directory"));
        directory.setVisible(welcome.mayBeListed());

        FormLayout form = new FormLayout(name, zone, language, emails, newsletter, directory);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("40rem");
        return form;
    }

    private HorizontalLayout buttons() {
        Button save = new Button(getTranslation("welcome.save"), click -> save());
        save.setId("welcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button later = new Button(getTranslation("welcome.later"), click -> later());
        later.setId("welcome-later");
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(save, later);
    }

    private void save() {
        try {
            welcome.welcome(new WelcomeAnswers(name.getValue(), zone.getValue(), language.getValue(),
                    emails.getValue(), newsletter.getValue(), directory.isVisible() && directory.getValue()));
        } catch (WelcomeRefused refused) {
            name.setInvalid(refused.messageKey().startsWith("welcome.refused.name"));
            name.setErrorMessage(getTranslation(refused.messageKey()));
            if (!name.isInvalid()) {
                com.vaadin.flow.component.notification.Notification.show(getTranslation(refused.messageKey()));
            }
            return;
        }
        // a whole new page, so the dashboard and the layout read in the language just chosen
        UI.getCurrent().getPage().setLocation("dashboard");
    }

    private void later() {
        welcome.later();
        UI.getCurrent().navigate("dashboard");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("welcome.title") + " | " + getTranslation("app.title");
    }
}
