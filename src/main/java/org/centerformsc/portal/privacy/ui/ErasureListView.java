package org.centerformsc.portal.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.privacy.ErasureEntry;
import org.centerformsc.portal.privacy.PrivacyService;
import org.centerformsc.portal.security.Roles;

/** Staff's list of account deletions, newest first, paged in the database; it shows no personal data. */
@Route("staff/erasures")
@RolesAllowed(Roles.STAFF)
class ErasureListView extends VerticalLayout implements HasDynamicTitle {

    ErasureListView(PrivacyService privacy) {
        setId("erasure-list-view");
        add(new ViewHeader(getTranslation("privacy.erasures.title"), getTranslation("privacy.erasures.lead")));
        Grid<ErasureEntry> grid = new Grid<>();
        grid.setId("erasures");
        grid.addColumn(entry -> TimeFormats.moment(entry.erasedAt(), java.time.ZoneOffset.UTC, getLocale()))
                .setHeader(getTranslation("privacy.erasures.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ErasureEntry::memberId).setHeader(getTranslation("privacy.erasures.member"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ErasureEntry::rowCounts).setHeader(getTranslation("privacy.erasures.counts"));
        grid.setItems(query -> privacy.erasures(query.getOffset(), query.getLimit()).stream(),
                query -> privacy.countErasures());
        grid.setEmptyStateText(getTranslation("privacy.erasures.none"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.erasures.title") + " | " + getTranslation("app.title");
    }
}
