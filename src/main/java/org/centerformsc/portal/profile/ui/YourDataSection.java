package org.centerformsc.portal.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.privacy.PersonalDataDownload;
import org.centerformsc.portal.privacy.PrivacyService;
import org.centerformsc.portal.security.CurrentMember;

import java.io.ByteArrayInputStream;

/** "Download my data" and "Delete my account" (docs/decisions/024). */
class YourDataSection extends Section {

    YourDataSection(PrivacyService privacy, CurrentMember currentMember, MemberProfile profile) {
        setId("your-data");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            PersonalDataDownload data = privacy.myData();
            return new DownloadResponse(new ByteArrayInputStream(data.content()), data.fileName(), "application/zip",
                    data.content().length);
        }), AttachmentType.DOWNLOAD, getTranslation("privacy.download"));
        download.setId("download-my-data");
        Button delete = new Button(getTranslation("privacy.delete"),
                click -> new DeleteAccountDialog(privacy, currentMember, profile).open());
        delete.setId("delete-account");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new H2(getTranslation("privacy.yourdata")), new Paragraph(getTranslation("privacy.download.help")),
                download, new Paragraph(getTranslation("privacy.delete.help")), delete);
    }
}
