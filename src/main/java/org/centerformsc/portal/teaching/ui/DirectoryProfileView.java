package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.places.Place;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.DirectoryEntry;
import org.centerformsc.portal.teaching.DirectoryService;
import org.centerformsc.portal.teaching.TrainingInputRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The teacher's own directory entry, with a "show publicly" choice beside every field. */
@Route("teaching/directory-profile")
@RolesAllowed(Roles.TEACHER)
class DirectoryProfileView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox listed = new Checkbox();
    final TextField name = new TextField();
    final TextArea bio = new TextArea();
    final Checkbox bioPublic = publicBox("bio-public", "directory.profile.bio");
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final Checkbox languagesPublic = publicBox("languages-public", "directory.profile.languages");
    final ComboBox<Place> city = new ComboBox<>();
    final Checkbox cityPublic = publicBox("city-public", "directory.profile.city");
    final TextField website = new TextField();
    final Checkbox websitePublic = publicBox("website-public", "directory.profile.website");
    final Checkbox online = new Checkbox();
    final Checkbox inPerson = new Checkbox();
    final MemoryBuffer photoBuffer = new MemoryBuffer();
    final Upload photo = new Upload(photoBuffer);
    final Checkbox photoPublic = publicBox("photo-public", "directory.profile.photo");
    final Paragraph error = new Paragraph();
    private final Div photoPreview = new Div();
    private final DirectoryService directory;

    DirectoryProfileView(DirectoryService directory, Gazetteer gazetteer, MemberService members) {
        this.directory = directory;
        setId("directory-profile-view");
        add(new ViewHeader(getTranslation("directory.profile.title"), getTranslation("directory.profile.lead")));
        configure(gazetteer);
        DirectoryEntry entry = directory.myEntry();
        fill(entry, gazetteer);
        Button save = new Button(getTranslation("directory.profile.save"), click -> save());
        save.setId("save-directory-profile");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor publicPage = new Anchor("teachers/" + members.currentMemberId().value(),
                getTranslation("directory.profile.public-page"));
        publicPage.setId("public-page-link");
        add(listed, new FormRow(name), new FormRow(bio, bioPublic), new FormRow(languages, languagesPublic), new FormRow(city, cityPublic),
                new FormRow(website, websitePublic), new FormRow(online, inPerson), new H2(getTranslation("directory.profile.photo")),
                photoPreview, new FormRow(photo, photoPublic), error, save, publicPage);
        showPhoto();
    }

    private void configure(Gazetteer gazetteer) {
        listed.setLabel(getTranslation("directory.profile.listed"));
        listed.setId("listed");
        name.setLabel(getTranslation("directory.profile.name"));
        name.setHelperText(getTranslation("directory.profile.name.help"));
        name.setMaxLength(200);
        name.setId("profile-name");
        bio.setLabel(getTranslation("directory.profile.bio"));
        bio.setMaxLength(4000);
        bio.setWidth("32rem");
        bio.setId("profile-bio");
        languages.setLabel(getTranslation("directory.profile.languages"));
        languages.setItems(Languages.all(getLocale()));
        languages.setItemLabelGenerator(code -> Languages.name(code, getLocale()));
        languages.setId("profile-languages");
        city.setLabel(getTranslation("directory.profile.city"));
        city.setHelperText(getTranslation("directory.profile.city.help"));
        city.setItems(query -> gazetteer.suggest(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        city.setItemLabelGenerator(place -> place.label(getLocale()));
        city.setWidth("24rem");
        city.setId("profile-city");
        website.setLabel(getTranslation("directory.profile.website"));
        website.setMaxLength(300);
        website.setId("profile-website");
        online.setLabel(getTranslation("directory.mode.ONLINE"));
        online.setId("teaches-online");
        inPerson.setLabel(getTranslation("directory.mode.IN_PERSON"));
        inPerson.setId("teaches-in-person");
        photo.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
        photo.setMaxFiles(1);
        photo.setId("profile-photo");
        photo.setMaxFileSize(DirectoryService.MAX_PHOTO_BYTES);
        photo.addFileRejectedListener(event -> error.setText(getTranslation("directory.refused.photo-file")));
        photo.addSucceededListener(event -> uploadPhoto());
        error.setId("profile-error");
        error.addClassName("error-text");
    }

    private void fill(DirectoryEntry entry, Gazetteer gazetteer) {
        listed.setValue(entry.listed());
        name.setValue(entry.displayName());
        bio.setValue(entry.bio() == null ? "" : entry.bio());
        bioPublic.setValue(entry.bioPublic());
        languages.setValue(entry.languages());
        languagesPublic.setValue(entry.languagesPublic());
        gazetteer.place(entry.cityId()).ifPresent(city::setValue);
        cityPublic.setValue(entry.locationPublic());
        website.setValue(entry.website() == null ? "" : entry.website());
        websitePublic.setValue(entry.websitePublic());
        online.setValue(entry.online());
        inPerson.setValue(entry.inPerson());
        photoPublic.setValue(entry.photoPublic());
    }

    private void save() {
        try {
            directory.saveMyEntry(new DirectoryEntry(name.getValue(), listed.getValue(), bio.getValue(),
                    bioPublic.getValue(), languages.getValue(), languagesPublic.getValue(),
                    city.getValue() == null ? null : city.getValue().id(), cityPublic.getValue(), website.getValue(),
                    websitePublic.getValue(), false, photoPublic.getValue(), online.getValue(), inPerson.getValue()));
            error.setText("");
            Notification.show(getTranslation("directory.profile.saved"));
        } catch (TrainingInputRefused refused) {
            error.setText(getTranslation(refused.messageKey()));
        }
    }

    private void uploadPhoto() {
        try {
            directory.saveMyPhoto(photoBuffer.getInputStream().readAllBytes());
            error.setText("");
            showPhoto();
        } catch (TrainingInputRefused refused) {
            error.setText(getTranslation(refused.messageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        photo.clearFileList();
    }

    private void showPhoto() {
        photoPreview.removeAll();
        directory.myPhoto().ifPresent(current -> {
            Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(current.content()), "photo", current.contentType(),
                    current.content().length)), getTranslation("directory.profile.photo"));
            image.setMaxWidth("10rem");
            image.setId("profile-photo-preview");
            Button remove = new Button(getTranslation("directory.profile.photo.remove"), click -> {
                directory.saveMyPhoto(null);
                showPhoto();
            });
            remove.setId("remove-photo");
            photoPreview.add(image, remove);
        });
    }

    /** Every box reads "Show publicly"; a screen reader also hears which field it is for. */
    private Checkbox publicBox(String id, String fieldKey) {
        Checkbox box = new Checkbox(getTranslation("directory.profile.public"));
        box.setAriaLabel(getTranslation("directory.profile.public-field", getTranslation(fieldKey)));
        box.setId(id);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("directory.profile.title") + " | " + getTranslation("app.title");
    }
}
