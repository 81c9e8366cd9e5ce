package org.centerformsc.portal.replay.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.replay.ReplayCard;
import org.centerformsc.portal.replay.ReplayService;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** The replays, each with the member's own access: how long it stays, or how to get it. */
@Route("replays")
@PermitAll
@Menu(order = 5, title = "nav.replays", icon = "vaadin:play-circle")
class ReplayListView extends VerticalLayout implements HasDynamicTitle {

    ReplayListView(ReplayService replays, MemberService members, Clock clock) {
        setId("replays-view");
        add(new ViewHeader(getTranslation("nav.replays"), getTranslation("replays.lead")));
        ZoneId zone = members.preferredZone().orElse(ZoneId.of("UTC"));
        Instant now = clock.instant();
        List<ReplayCard> all = replays.myReplays();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("replays.empty"));
            empty.setId("empty-state");
            add(empty);
        }
        Div list = new Div();
        list.setId("replay-list");
        list.addClassName("card-list");
        all.forEach(card -> list.add(entry(card, now, zone)));
        add(list);
    }

    private Div entry(ReplayCard card, Instant now, ZoneId zone) {
        Div entry = new Div();
        entry.addClassName("card");
        entry.getElement().setAttribute("data-replay", String.valueOf(card.id().value()));
        entry.add(new H2(card.access().canWatch() ? new Anchor("replays/" + card.id().value(), card.title())
                : new Div(card.title())));
        entry.add(new Div(TimeFormats.date(card.recordedAt(), zone, getLocale()) + " · "
                + getTranslation("replay.minutes", Math.max(1, card.durationSeconds() / 60))));
        Div access = new Div(AccessText.of(this, card.access(), now, zone, getLocale()));
        access.addClassName("replay-access");
        entry.add(access);
        if (card.access().extendable() && !card.access().canWatch()) {
            entry.add(new Anchor("giving", getTranslation("replay.give")));
        }
        if (card.positionSeconds() > 0) {
            ProgressBar progress = new ProgressBar(0, 100, card.percentWatched());
            progress.getElement().setAttribute("aria-label", getTranslation("replay.progress", card.percentWatched()));
            entry.add(new Div(getTranslation("replay.progress", card.percentWatched())), progress);
        }
        return entry;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.replays") + " | " + getTranslation("app.title");
    }
}
