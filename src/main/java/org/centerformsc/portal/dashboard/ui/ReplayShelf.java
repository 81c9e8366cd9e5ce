package org.centerformsc.portal.dashboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.replay.Access;
import org.centerformsc.portal.replay.ReplayCard;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/** "Continue watching" and replays whose access ends within three days; hidden when both are empty. */
class ReplayShelf extends Section {

    static final Duration EXPIRING = Duration.ofDays(3);

    ReplayShelf(List<ReplayCard> started, List<ReplayCard> all, Instant now, Locale locale) {
        setId("replay-shelf");
        List<ReplayCard> expiring = all.stream().filter(card -> card.access().state() == Access.State.WATCHABLE
                && Duration.between(now, card.access().until()).compareTo(EXPIRING) < 0).toList();
        if (!started.isEmpty()) {
            Div list = new Div();
            list.setId("continue-watching");
            started.forEach(card -> list.add(new Div(new Anchor("replays/" + card.id().value(), card.title()),
                    new Div(getTranslation("replay.progress", card.percentWatched())))));
            add(new H2(getTranslation("dashboard.continue")), list);
        }
        if (!expiring.isEmpty()) {
            Div list = new Div();
            list.setId("expiring-replays");
            expiring.forEach(card -> list.add(new Div(new Anchor("replays/" + card.id().value(), card.title()),
                    new Div(getTranslation("replay.access.soon",
                            Math.max(1, Duration.between(now, card.access().until()).toDays()),
                            TimeFormats.date(card.access().until(), ZoneOffset.UTC, locale))))));
            add(new H2(getTranslation("dashboard.expiring")), list);
        }
        setVisible(!started.isEmpty() || !expiring.isEmpty());
    }
}
