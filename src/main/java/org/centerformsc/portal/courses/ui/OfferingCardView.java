package org.centerformsc.portal.courses.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.ProgramTexts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** One offering in the catalog list. */
class OfferingCardView extends Article {

    OfferingCardView(Listing listing, ProgramTexts programs, ZoneId viewer, Instant now, Locale locale) {
        OfferingCard card = listing.card();
        addClassName("card");
        addClassName("offering-card");
        getElement().setAttribute("data-offering", card.code());
        RouterLink title = new RouterLink(card.title(), OfferingView.class, new RouteParameters("code", card.code()));
        Div program = new Div(ProgramWords.title(programs, card.programCode(), card.programName()));
        program.addClassName("program-name");
        add(new H2(title), program);
        if (listing.eligibility() != null) {
            Div badge = new Div(listing.eligibility());
            badge.addClassName("eligibility-badge");
            add(badge);
        }
        add(
                OfferingFacts.when(this, card, viewer, locale),
                OfferingFacts.span(this, card, viewer, locale),
                OfferingFacts.where(this, card, locale),
                OfferingFacts.teachers(this, card),
                OfferingFacts.price(this, card.price(), now, viewer, card.zone(), locale),
                card.isOpenForRegistrationAt(now) ? OfferingFacts.seats(this, listing.seats())
                        : new Div(getTranslation(now.isBefore(card.registrationOpensAt())
                        ? "offering.registration.notyet" : "offering.registration.closed")));
    }
}
