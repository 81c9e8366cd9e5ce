package org.centerformsc.portal.completion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.RowDownloads;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.completion.CompletionInputRefused;
import org.centerformsc.portal.completion.CompletionLine;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.security.Roles;

import java.io.ByteArrayInputStream;

/** Staff verify or reject the completions members report from other organisations, oldest first. */
@Route("staff/claims")
@RolesAllowed(Roles.STAFF)
class ClaimQueueView extends VerticalLayout implements HasDynamicTitle {

    private final CompletionService completions;
    final Grid<CompletionLine> queue = new Grid<>();

    ClaimQueueView(CompletionService completions) {
        this.completions = completions;
        setId("claim-queue-view");
        add(new ViewHeader(getTranslation("staff.claims"), getTranslation("staff.claims.lead")));
        queue.setId("claims");
        queue.addColumn(CompletionLine::memberName).setHeader(getTranslation("roster.participant")).setAutoWidth(true);
        queue.addColumn(CompletionLine::programName).setHeader(getTranslation("claim.program")).setAutoWidth(true);
        queue.addColumn(CompletionLine::organisation).setHeader(getTranslation("claim.organisation"));
        queue.addColumn(CompletionLine::completedOn).setHeader(getTranslation("claim.date"));
        RowDownloads certificates = new RowDownloads(queue, id -> completions.certificate(id)
                .map(file -> new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(),
                        file.contentType(), file.content().length))
                .orElse(DownloadResponse.error(404)));
        queue.addColumn(certificates.links(CompletionLine::id, CompletionLine::certificateName))
                .setHeader(getTranslation("staff.certificate")).setKey("certificate");
        queue.addComponentColumn(this::actions).setAutoWidth(true).setKey("actions");
        queue.setEmptyStateText(getTranslation("staff.claims.empty"));
        queue.setItems(query -> completions.pendingClaims(query.getOffset(), query.getLimit()).stream(),
                query -> (int) completions.countPendingClaims());
        add(queue);
    }

    private HorizontalLayout actions(CompletionLine line) {
        Button verify = new Button(getTranslation("staff.verify"), click -> act(() -> completions.verify(line.id())));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        verify.setId("verify-" + line.id());
        Button reject = new Button(getTranslation("staff.reject"), click -> askReason(line));
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reject.setId("reject-" + line.id());
        return new HorizontalLayout(verify, reject);
    }

    private void askReason(CompletionLine line) {
        Dialog dialog = new Dialog();
        dialog.setId("reject-dialog");
        dialog.setHeaderTitle(getTranslation("staff.reject") + ": " + line.memberName());
        TextArea reason = new TextArea(getTranslation("staff.reject.reason"));
        reason.setId("reject-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("staff.reject"), click -> {
            try {
                completions.reject(line.id(), reason.getValue());
                dialog.close();
                queue.getDataProvider().refreshAll();
            } catch (CompletionInputRefused refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation(refused.messageKey()));
            }
        });
        confirm.setId("confirm-reject");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (CompletionInputRefused refused) {
            Notification.show(getTranslation(refused.messageKey()));
        }
        queue.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.claims") + " | " + getTranslation("app.title");
    }
}
