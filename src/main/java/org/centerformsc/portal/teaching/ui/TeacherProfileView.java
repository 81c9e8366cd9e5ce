package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.teaching.DirectoryService;
import org.centerformsc.portal.teaching.PublicProfile;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.stream.Collectors;

/** A teacher's public page: only what they chose to show, and the courses they will teach. */
@Route("teachers/:id")
@AnonymousAllowed
class TeacherProfileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DirectoryService directory;
    private PublicProfile profile;

    TeacherProfileView(DirectoryService directory) {
        this.directory = directory;
        setId("teacher-profile-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().get("id").filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .orElseThrow(NotFoundException::new);
        profile = directory.publicProfile(new MemberId(id)).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Locale locale = getLocale();
        add(new ViewHeader(profile.name(), getTranslation("level." + profile.level())));
        if (profile.hasPhoto()) {
            MemberId id = profile.id();
            Image photo = new Image(DownloadHandler.fromInputStream(event -> directory.publicPhoto(id)
                    .map(p -> new DownloadResponse(new ByteArrayInputStream(p.content()), "photo", p.contentType(),
                            p.content().length))
                    .orElse(DownloadResponse.error(404))), getTranslation("directory.photo-of", profile.name()));
            photo.setMaxWidth("12rem");
            photo.setId("teacher-photo");
            add(photo);
        }
        Div facts = new Div();
        facts.setId("teacher-facts");
        if (profile.city() != null) {
            String region = profile.region() == null || profile.region().equals(profile.city()) ? ""
                    : ", " + profile.region();
            facts.add(fact("teacher-city", profile.city() + region + ", "
                    + new Locale("", profile.countryCode()).getDisplayCountry(locale)));
        }
        if (!profile.languages().isEmpty()) {
            facts.add(fact("teacher-languages", getTranslation("directory.teaches-in", profile.languages().stream()
                    .map(code -> Languages.name(code, locale)).sorted().collect(Collectors.joining(", ")))));
        }
        String modes = profile.online() && profile.inPerson() ? getTranslation("directory.mode.both")
                : profile.online() ? getTranslation("directory.mode.ONLINE")
                : profile.inPerson() ? getTranslation("directory.mode.IN_PERSON") : null;
        if (modes != null) {
            facts.add(fact("teacher-modes", modes));
        }
        if (profile.website() != null) {
            Anchor website = new Anchor(profile.website(), profile.website(), AnchorTarget.BLANK);
            website.getElement().setAttribute("rel", "noopener nofollow");
            website.setId("teacher-website");
            facts.add(website);
        }
        add(facts);
        if (profile.bio() != null) {
            Paragraph bio = new Paragraph(profile.bio());
            bio.getStyle().set("white-space", "pre-line");
            bio.setId("teacher-bio");
            add(bio);
        }
        add(new H2(getTranslation("directory.upcoming")), upcoming(locale));
    }

    private com.vaadin.flow.component.Component upcoming(Locale locale) {
        if (profile.upcoming().isEmpty()) {
            return new Paragraph(getTranslation("directory.upcoming.none"));
        }
        UnorderedList list = new UnorderedList();
        list.setId("teacher-offerings");
        for (OfferingCard card : profile.upcoming()) {
            list.add(new ListItem(new Anchor("courses/" + card.code(), card.title()), new Paragraph(
                    TimeFormats.dayRange(card.firstSessionStart(), card.lastSessionEnd(), card.zone(), locale))));
        }
        return list;
    }

    private static Paragraph fact(String id, String text) {
        Paragraph fact = new Paragraph(text);
        fact.setId(id);
        fact.addClassName("fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return (profile == null ? "" : profile.name() + " | ") + getTranslation("app.title");
    }
}
