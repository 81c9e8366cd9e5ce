package org.centerformsc.portal.completion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.completion.CompletionLine;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.completion.CompletionStatus;
import org.centerformsc.portal.completion.OutsideCompletion;
import org.centerformsc.portal.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import com.github.mvysny.kaributesting.v10.GridKt;

class ClaimQueueViewTest extends KaribuTest {

    @Autowired
    CatalogService catalog;

    @Autowired
    CompletionService completions;

    @Test
    void staffVerifyOneClaimAndRejectAnotherWithAReason() {
        String program = "QUEUE-" + UUID.randomUUID().toString().substring(0, 6);
        TestOffering.offering().program(program).create(catalog);
        var member = TestLogins.signedUp(members, "Quinn Queue");
        long first = claim(member, program, "First Org");
        long second = claim(member, program, "Second Org");
        signInAs("queue-staff", "Sage Staff", Roles.STAFF);
        UI.getCurrent().navigate(ClaimQueueView.class);

        _click(action(first, "verify-"));
        _click(action(second, "reject-"));
        _click(_get(Button.class, spec -> spec.withId("confirm-reject")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("reject-reason"));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give the member a reason for the rejection.");
        _setValue(reason, "Please upload the certificate.");
        _click(_get(Button.class, spec -> spec.withId("confirm-reject")));

        assertThat(TestLogins.as(member, completions::myCompletions)).extracting(CompletionLine::organisation,
                CompletionLine::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("First Org", CompletionStatus.VERIFIED),
                org.assertj.core.groups.Tuple.tuple("Second Org", CompletionStatus.REJECTED));
        assertThat(rowOf(first)).isEqualTo(-1);
    }

    /** The grid holds every pending claim of the run; find this one's row and its button. */
    private Button action(long claim, String prefix) {
        var layout = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) _getCellComponent(queue(), rowOf(claim),
                "actions");
        return _get(layout, Button.class, spec -> spec.withId(prefix + claim));
    }

    private int rowOf(long claim) {
        var grid = queue();
        for (int row = 0; row < _size(grid); row++) {
            if (((CompletionLine) GridKt._get(grid, row)).id() == claim) {
                return row;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static com.vaadin.flow.component.grid.Grid<CompletionLine> queue() {
        return _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("claims"));
    }

    @Test
    void aClaimsCertificateIsALinkToTheQueuesOneDownloadAndAClaimWithoutOneShowsNone() {
        String program = "QUEUE-" + UUID.randomUUID().toString().substring(0, 6);
        TestOffering.offering().program(program).create(catalog);
        var member = TestLogins.signedUp(members, "Cora Certificate");
        long with = TestLogins.as(member, () -> completions.claim(new OutsideCompletion(program, "Paper Org",
                LocalDate.of(2024, 3, 3), "course.pdf", "%PDF-1.4 certificate".getBytes())));
        long without = claim(member, program, "No Paper Org");
        signInAs("queue-certificates", "Cid Staff", Roles.STAFF);
        UI.getCurrent().navigate(ClaimQueueView.class);

        assertThat(certificateCell(with, "text")).isEqualTo("course.pdf");
        assertThat((String) certificateCell(with, "href")).endsWith("?row=" + with);
        assertThat(certificateCell(without, "text")).isNull();
        assertThat(certificateCell(without, "href")).isNull();
        assertThat(completions.certificate(with)).hasValueSatisfying(file ->
                assertThat(file.content()).startsWith("%PDF".getBytes()));
    }

    /** A value of a claim's certificate cell: its rows are a template filled from each claim's values. */
    @SuppressWarnings("unchecked")
    private Object certificateCell(long claim, String property) {
        var renderer = (com.vaadin.flow.data.renderer.LitRenderer<CompletionLine>) queue()
                .getColumnByKey("certificate").getRenderer();
        return renderer.getValueProviders().get(property).apply((CompletionLine) GridKt._get(queue(), rowOf(claim)));
    }

    @Test
    void participantsCannotOpenTheQueue() {
        signInAs("queue-participant", "Pam Participant");
        UI.getCurrent().navigate(ClaimQueueView.class);

        assertThat(_find(ClaimQueueView.class)).isEmpty();
    }

    private long claim(org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken member,
                       String program, String organisation) {
        return TestLogins.as(member, () -> completions.claim(new OutsideCompletion(program, organisation,
                LocalDate.of(2024, 2, 2), null, null)));
    }
}
