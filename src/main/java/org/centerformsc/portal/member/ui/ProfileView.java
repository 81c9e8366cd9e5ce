package org.centerformsc.portal.member.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;

/** The member's own record. Name, email and language come from the identity provider at each sign-in. */
@Route("profile")
@PermitAll
@Menu(order = 6, title = "nav.profile", icon = "vaadin:user")
class ProfileView extends VerticalLayout implements HasDynamicTitle {

    ProfileView(MemberService members) {
        setId("profile-view");
        add(new ViewHeader(getTranslation("nav.profile"), getTranslation("profile.lead")));
        members.currentProfile().ifPresent(this::show);
    }

    private void show(MemberProfile profile) {
        add(readOnly("profile-name", "profile.name", profile.displayName()),
                readOnly("profile-email", "profile.email", profile.email()),
                readOnly("profile-locale", "profile.locale", profile.locale()),
                readOnly("profile-zone", "profile.zone",
                        profile.timeZone() == null ? getTranslation("profile.zone.browser") : profile.timeZone()));
        add(new Paragraph(getTranslation("profile.source")));
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
