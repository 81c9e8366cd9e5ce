package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.centerformsc.portal.base.ui.RowDownloads;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GiftAmounts;
import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.GuestDonor;
import org.centerformsc.portal.giving.GuestGivingService;
import org.centerformsc.portal.security.CurrentMember;
import org.springframework.security.access.AccessDeniedException;

import java.time.ZoneOffset;

/**
 * Giving: the gift form (public; visitors give once with their name and e-mail, docs/decisions/017) and, for
 * members, their recurring gifts and history.
 */
@Route("giving")
@AnonymousAllowed
@Menu(order = 6, title = "nav.giving", icon = "vaadin:heart")
class GivingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final GivingService giving;
    private final GuestGivingService guests;
    private final CurrentMember currentMember;
    private final Div mine = new Div();
    private final Div thanks = new Div();
    private final GiveForm form;
    private final GuestDonorFields guest = new GuestDonorFields();

    GivingView(GivingService giving, GuestGivingService guests, CampaignService campaigns,
               CurrentMember currentMember) {
        this.giving = giving;
        this.guests = guests;
        this.form = new GiveForm(campaigns.openCampaigns(), this::give);
        this.currentMember = currentMember;
        setId("giving-view");
        add(new ViewHeader(getTranslation("nav.giving"), getTranslation("giving.lead")));
        if (giving.paymentsAreDemo()) {
            Paragraph demo = new Paragraph(getTranslation("giving.demo"));
            demo.setId("demo-payments");
            demo.addClassName("eligibility-badge");
            add(demo);
        }
        thanks.setId("giving-thanks");
        thanks.addClassName("giving-thanks");
        thanks.getElement().setAttribute("role", "status");
        if (!currentMember.isSignedIn()) {
            Paragraph note = new Paragraph(getTranslation("giving.guest.monthly") + " ");
            note.setId("guest-monthly-note");
            note.add(new Anchor("giving/login", getTranslation("giving.guest.account")));
            form.forGuest(guest, note);
        }
        add(thanks, form);
        mine.setId("my-giving");
        add(mine);
        showMine();
    }

    /** A campaign's page links here with {@code ?campaign=CODE}. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter("campaign").ifPresent(form::choose);
        // the payment provider sends donors back here after its checkout
        if (parameters.getParameters().containsKey("thanks")) {
            thanks.setText(getTranslation("giving.thanks.checkout"));
        }
    }

    private void give(GiveForm.Gift gift) {
        if (!currentMember.isSignedIn()) {
            giveAsGuest(gift);
            return;
        }
        try {
            String redirect = giving.give(gift.amount(), gift.currency(), gift.frequency(), gift.designation(),
                    gift.campaign());
            if (redirect != null) {
                getUI().ifPresent(ui -> ui.getPage().setLocation(redirect));
                return;
            }
            form.error.setText("");
            Notification.show(getTranslation("giving.thanks"));
            showMine();
        } catch (GiftAmounts.InvalidGift invalid) {
            form.error.setText(getTranslation(invalid.messageKey()));
        }
    }

    private void giveAsGuest(GiveForm.Gift gift) {
        guest.clearErrors();
        form.error.setText("");
        thanks.setText("");
        try {
            String redirect = guests.give(guest.name.getValue(), guest.email.getValue(), gift.amount(),
                    gift.currency(), gift.designation(), gift.campaign());
            if (redirect != null) {
                getUI().ifPresent(ui -> ui.getPage().setLocation(redirect));
                return;
            }
            var money = GiftAmounts.toMoney(gift.amount(), gift.currency());
            thanks.setText(getTranslation("giving.guest.thanks", guest.name.getValue().strip(),
                    TimeFormats.money(money.minorUnits(), money.currency(), getLocale()),
                    guest.email.getValue().strip()));
            thanks.scrollIntoView();
        } catch (GuestDonor.Refused refused) {
            guest.show(refused);
        } catch (GiftAmounts.InvalidGift invalid) {
            form.error.setText(getTranslation(invalid.messageKey()));
        }
    }

    private void showMine() {
        mine.removeAll();
        if (!currentMember.isSignedIn()) {
            return;
        }
        mine.add(new H2(getTranslation("giving.recurring")));
        var recurring = giving.myRecurringGiftsAndCard(returnUrl());
        if (recurring.gifts().isEmpty()) {
            mine.add(new Paragraph(getTranslation("giving.recurring.none")));
        }
        String cardPage = recurring.cardUpdateUrl();
        recurring.gifts().forEach(gift -> mine.add(new RecurringGiftPanel(gift, giving, cardPage, this::showMine)));
        if (cardPage != null) {
            Anchor card = new Anchor(cardPage, getTranslation("giving.card"));
            card.setId("update-card");
            mine.add(new Div(card));
        }
        mine.add(new H2(getTranslation("giving.history")), history(), statements());
    }

    /**
     * The member's gifts, newest first, a page at a time from the database; every row's receipt is one download
     * made when its link is followed (docs/decisions/027-lists-paged-in-the-database.md).
     */
    private Grid<GiftSummary> history() {
        Grid<GiftSummary> history = new Grid<>();
        history.setId("gift-history");
        history.setHeight("20rem");
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        history.addColumn(gift -> TimeFormats.date(gift.givenAt(), ZoneOffset.UTC, getLocale()))
                .setHeader(getTranslation("giving.history.date")).setAutoWidth(true).setKey("date");
        history.addColumn(gift -> TimeFormats.money(gift.amount().minorUnits(), gift.amount().currency(),
                getLocale())).setHeader(getTranslation("giving.history.amount")).setAutoWidth(true).setKey("amount");
        history.addColumn(gift -> gift.campaign() == null ? "" : gift.campaign())
                .setHeader(getTranslation("giving.campaign")).setFlexGrow(1).setKey("campaign");
        RowDownloads receipts = new RowDownloads(history, giftId -> {
            try {
                return pdf("receipt-" + giftId + ".pdf", giving.receipt(giftId));
            } catch (AccessDeniedException notTheirs) {
                // a gift id typed into the link: nothing to see, as for one that does not exist
                return DownloadResponse.error(404);
            }
        });
        String receipt = getTranslation("giving.receipt");
        history.addColumn(receipts.<GiftSummary>links(GiftSummary::id, gift -> receipt)).setAutoWidth(true)
                .setKey("receipt");
        history.setEmptyStateText(getTranslation("giving.history.none"));
        history.setItems(query -> giving.myGifts(query.getOffset(), query.getLimit()).stream());
        return history;
    }

    private Div statements() {
        int thisYear = java.time.LocalDate.now(ZoneOffset.UTC).getYear();
        Div statements = new Div(new H2(getTranslation("giving.statements")));
        statements.setId("statements");
        for (int year = thisYear; year > thisYear - 3; year--) {
            int taxYear = year;
            Anchor link = pdfLink(getTranslation("giving.statement", String.valueOf(year)), "gifts-" + year + ".pdf",
                    () -> giving.yearStatement(taxYear));
            link.setId("statement-" + year);
            com.vaadin.flow.component.button.Button mail = new com.vaadin.flow.component.button.Button(
                    getTranslation("giving.statement.mail"), click -> {
                        boolean sent = giving.mailYearStatement(taxYear);
                        Notification.show(getTranslation(sent ? "giving.statement.mailed" : "giving.statement.nomail"));
                    });
            mail.setId("mail-statement-" + year);
            mail.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY);
            statements.add(new Div(link, mail));
        }
        return statements;
    }

    private static String returnUrl() {
        var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
        return request == null ? "/giving" : org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromContextPath(request.getHttpServletRequest()).path("/giving").toUriString();
    }

    private static Anchor pdfLink(String text, String fileName, java.util.function.Supplier<byte[]> pdf) {
        Anchor link = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(
                event -> pdf(fileName, pdf.get())), text);
        link.setTarget("_blank");
        return link;
    }

    private static DownloadResponse pdf(String fileName, byte[] bytes) {
        return new DownloadResponse(new java.io.ByteArrayInputStream(bytes), fileName, "application/pdf",
                bytes.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.giving") + " | " + getTranslation("app.title");
    }
}
