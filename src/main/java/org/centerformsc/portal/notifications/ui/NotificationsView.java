package org.centerformsc.portal.notifications.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.notifications.NotificationLine;
import org.centerformsc.portal.notifications.NotificationService;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The member's notifications, newest first, read a page at a time as they scroll: what happened, when, and a link to
 * where to act, which also marks it read (docs/decisions/020).
 */
@Route("notifications")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final MemberService members;
    final VirtualList<NotificationLine> list = new VirtualList<>();
    final Button markAll = new Button();
    private ZoneId zone = ZoneOffset.UTC;

    NotificationsView(NotificationService notifications, MemberService members) {
        this.notifications = notifications;
        this.members = members;
        setId("notifications-view");
        add(new ViewHeader(getTranslation("notifications.title"), getTranslation("notifications.lead")));
        markAll.setText(getTranslation("notifications.markallread"));
        markAll.setId("mark-all-read");
        markAll.addClickListener(click -> {
            notifications.markAllRead();
            list.getDataProvider().refreshAll();
        });
        Paragraph empty = new Paragraph(getTranslation("notifications.empty"));
        empty.setId("no-notifications");
        list.setId("notifications");
        list.setDataProvider(com.vaadin.flow.data.provider.DataProvider.<NotificationLine>fromCallbacks(
                query -> notifications.mine(query.getOffset(), query.getLimit()).stream(),
                query -> (int) notifications.countMine()));
        list.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::card));
        boolean none = notifications.countMine() == 0;
        empty.setVisible(none);
        markAll.setVisible(!none);
        add(markAll, empty, list);
        setFlexGrow(1, list);
        setHeightFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ViewerZone.resolve(event.getUI(), members.preferredZone(), null, resolved -> {
            zone = resolved == null ? ZoneOffset.UTC : resolved;
            list.getDataProvider().refreshAll();
        });
    }

    private Div card(NotificationLine line) {
        Object[] arguments = line.readableArguments(getLocale(), zone,
                (key, values) -> getTranslation(key, values));
        Span subject = new Span(getTranslation("notify." + line.kind().key() + ".subject", arguments));
        subject.addClassName("notification-subject");
        Span when = new Span(TimeFormats.moment(line.createdAt(), zone, getLocale()));
        when.addClassName("secondary-text");
        Paragraph body = new Paragraph(getTranslation(line.bodyKey(), arguments));
        body.addClassName("notification-body");
        Div card = new Div(new Div(subject), body, when);
        card.addClassName("card");
        card.addClassName("notification");
        card.getElement().setAttribute("data-notification", String.valueOf(line.id()));
        if (!line.read()) {
            card.addClassName("unread");
            Span unread = new Span(getTranslation("notifications.unread"));
            unread.getElement().getThemeList().add("badge");
            subject.getElement().insertChild(0, unread.getElement());
        }
        HorizontalLayout actions = new HorizontalLayout();
        if (line.link() != null) {
            Button open = new Button(getTranslation("notifications.open"), click -> {
                notifications.markRead(line.id());
                UI.getCurrent().navigate(line.link());
            });
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            actions.add(open);
        }
        if (!line.read()) {
            Button read = new Button(getTranslation("notifications.markread"), click -> {
                notifications.markRead(line.id());
                list.getDataProvider().refreshAll();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(read);
        }
        card.add(actions);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " | " + getTranslation("app.title");
    }
}
