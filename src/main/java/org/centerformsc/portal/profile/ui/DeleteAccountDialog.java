package org.centerformsc.portal.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.centerformsc.portal.base.ui.LanguageSwitcher;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.privacy.PrivacyService;
import org.centerformsc.portal.security.CurrentMember;

import java.util.Locale;

/**
 * Deleting an account cannot be undone, so the button only enables once the member has typed the confirmation word
 * (or their e-mail address); then everything is erased and they are logged out onto the page saying what was kept.
 */
class DeleteAccountDialog extends Dialog {

    private final TextField confirmation = new TextField();
    private final Button delete;
    private final String word;
    private final String email;

    DeleteAccountDialog(PrivacyService privacy, CurrentMember currentMember, MemberProfile profile) {
        setId("delete-account-dialog");
        setHeaderTitle(getTranslation("privacy.delete.title"));
        word = getTranslation("privacy.delete.word");
        email = profile.email();
        confirmation.setId("delete-confirmation");
        confirmation.setLabel(getTranslation("privacy.delete.type", word));
        confirmation.setWidthFull();
        confirmation.setValueChangeMode(ValueChangeMode.EAGER);
        delete = new Button(getTranslation("privacy.delete.confirm"), click -> {
            if (confirmed()) {
                privacy.eraseMyAccount();
                close();
                // the page after logout no longer knows the member: it reads this browser's language instead
                LanguageSwitcher.remember(getLocale());
                currentMember.logoutAfterAccountDeleted();
            }
        });
        delete.setId("delete-account-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.setEnabled(false);
        confirmation.addValueChangeListener(change -> delete.setEnabled(confirmed()));
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("delete-account-cancel");
        add(new Paragraph(getTranslation("privacy.delete.warning")),
                new UnorderedList(new ListItem(getTranslation("privacy.deleted.erased")),
                        new ListItem(getTranslation("privacy.deleted.kept"))), confirmation);
        getFooter().add(cancel, delete);
    }

    private boolean confirmed() {
        String typed = confirmation.getValue().strip();
        return typed.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT))
                || (email != null && typed.equalsIgnoreCase(email));
    }
}
