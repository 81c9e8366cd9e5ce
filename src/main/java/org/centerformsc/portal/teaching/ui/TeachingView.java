package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.catalog.OfferingPlanningService;
import org.centerformsc.portal.catalog.PlannedOffering;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;

import java.util.List;

/** A teacher's home: the courses they teach, each with its roster. My training and the directory entry are a click away. */
@Route("teaching")
@RolesAllowed(Roles.TEACHER)
@Menu(order = 8, title = "nav.teaching", icon = "vaadin:presentation")
class TeachingView extends VerticalLayout implements HasDynamicTitle {

    TeachingView(CatalogService catalog, OfferingPlanningService planning, MemberService members) {
        setId("teaching-view");
        add(new ViewHeader(getTranslation("nav.teaching"), getTranslation("teaching.lead")));
        Div links = new Div(new Anchor("teaching/training", getTranslation("nav.training")),
                new Anchor("teaching/directory-profile", getTranslation("directory.profile.title")),
                new Anchor("planning/offerings", getTranslation("teaching.propose")));
        links.addClassName("card-list");
        links.setId("teaching-links");
        add(links);
        add(new H2(getTranslation("teaching.offerings")));
        List<OfferingCard> taught = catalog.offeringsTaughtBy(members.currentMemberId());
        Div list = new Div();
        list.setId("taught-offerings");
        list.addClassName("card-list");
        for (OfferingCard card : taught) {
            Anchor roster = new Anchor("roster/" + card.code(), getTranslation("teaching.roster"));
            Div entry = new Div(new Anchor("courses/" + card.code(), card.title()),
                    new Div(TimeFormats.dayRange(card.firstSessionStart(), card.lastSessionEnd(), card.zone(),
                            getLocale())), roster);
            entry.addClassName("card");
            entry.getElement().setAttribute("data-offering", card.code());
            list.add(entry);
        }
        add(taught.isEmpty() ? new Paragraph(getTranslation("teaching.empty")) : list);
        add(proposals(planning.myProposals()));
    }

    /** What the teacher proposed, with where each stands and staff's note when one came back. */
    private Div proposals(List<PlannedOffering> mine) {
        Div section = new Div(new H2(getTranslation("teaching.proposals")));
        section.setId("my-proposals");
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("teaching.proposals.none")));
            return section;
        }
        Div list = new Div();
        list.addClassName("card-list");
        for (PlannedOffering proposal : mine) {
            Div entry = new Div(new Anchor("planning/offerings/" + proposal.id().value(), proposal.title()),
                    new Div(getTranslation("planning.state." + proposal.status())));
            if (proposal.reviewNote() != null) {
                entry.add(new Div(getTranslation("planning.state.note", proposal.reviewNote())));
            }
            entry.addClassName("card");
            list.add(entry);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.teaching") + " | " + getTranslation("app.title");
    }
}
