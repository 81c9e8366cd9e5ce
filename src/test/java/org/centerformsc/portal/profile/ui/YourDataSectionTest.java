package org.centerformsc.portal.profile.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import org.centerformsc.portal.KaribuTest;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YourDataSectionTest extends KaribuTest {

    @Test
    void profileOffersTheDownloadAndTheDeletion() {
        signInAs("your-data-1", "Dana Download");
        UI.getCurrent().navigate(ProfileView.class);

        Anchor download = _get(Anchor.class, spec -> spec.withId("download-my-data"));
        assertThat(download.getText()).isEqualTo("Download my data");
        assertThat(download.getHref()).isNotBlank();
        assertThat(download.getElement().hasAttribute("download")).as("served as a download").isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("delete-account")).getText()).isEqualTo("Delete my account");
    }

    @Test
    void deletingIsImpossibleUntilTheConfirmationWordIsTypedAndCancellingKeepsEverything() {
        signInAs("your-data-2", "Cleo Cautious");
        UI.getCurrent().navigate(ProfileView.class);
        _click(_get(Button.class, spec -> spec.withId("delete-account")));

        Button delete = _get(Button.class, spec -> spec.withId("delete-account-confirm"));
        assertThat(delete.isEnabled()).isFalse();
        assertThatThrownBy(() -> _click(delete)).isInstanceOf(IllegalStateException.class);
        _setValue(_get(TextField.class, spec -> spec.withId("delete-confirmation")), "delete me please");
        assertThat(delete.isEnabled()).isFalse();
        assertThatThrownBy(() -> _click(delete)).isInstanceOf(IllegalStateException.class);
        _setValue(_get(TextField.class, spec -> spec.withId("delete-confirmation")), "");
        _click(_get(Button.class, spec -> spec.withId("delete-account-cancel")));

        assertThat(_find(Button.class, spec -> spec.withId("delete-account-confirm"))).isEmpty();
        assertThat(members.currentProfile()).get().extracting(profile -> profile.displayName())
                .isEqualTo("Cleo Cautious");
    }

    @Test
    void typingTheWordOrTheEmailEnablesTheDeletionWhichErasesTheMember() {
        signInAs("your-data-3", "Erin Erase");
        UI.getCurrent().navigate(ProfileView.class);
        _click(_get(Button.class, spec -> spec.withId("delete-account")));
        TextField confirmation = _get(TextField.class, spec -> spec.withId("delete-confirmation"));
        assertThat(confirmation.getLabel()).contains("DELETE");
        Button delete = _get(Button.class, spec -> spec.withId("delete-account-confirm"));

        _setValue(confirmation, "your-data-3@test.centerformsc.invalid");
        assertThat(delete.isEnabled()).isTrue();
        _setValue(confirmation, " delete ");
        assertThat(delete.isEnabled()).isTrue();
        _click(delete);

        assertThat(members.currentProfile()).as("the member row no longer answers to this identity").isEmpty();
    }
}
