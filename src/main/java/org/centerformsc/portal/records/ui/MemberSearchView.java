package org.centerformsc.portal.records.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.records.MemberRecordService;
import org.centerformsc.portal.records.MemberRow;
import org.centerformsc.portal.security.Roles;

import java.time.ZoneId;
import java.util.stream.Stream;

/**
 * Staff find a member among all of them by the start of their name, family name or e-mail address; the grid pages
 * in the database (docs/decisions/022). An empty field shows a hint and asks the database nothing. A search can be
 * linked to: {@code staff/members?q=text}.
 */
@Route("staff/members")
@RolesAllowed(Roles.STAFF)
@Menu(order = 9.1, title = "nav.members", icon = "vaadin:users")
class MemberSearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField search = new TextField();
    final Paragraph hint = new Paragraph();
    final Paragraph count = new Paragraph();
    final Grid<MemberRow> results = new Grid<>();
    private final MemberRecordService records;
    private final MemberService members;
    private ZoneId zone = ZoneId.of("UTC");

    MemberSearchView(MemberRecordService records, MemberService members) {
        this.records = records;
        this.members = members;
        setId("member-search-view");
        search.setLabel(getTranslation("records.search.field"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(100);
        search.setWidth("24rem");
        search.setMaxWidth("100%");
        search.setId("members-search");
        search.addValueChangeListener(change -> show());
        hint.setText(getTranslation("records.search.hint"));
        hint.setId("members-hint");
        count.setId("members-count");
        add(new ViewHeader(getTranslation("records.search.title"), getTranslation("records.search.lead")), search,
                hint, count, grid());
        setSizeFull();
        show();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("q")
                .map(text -> text.length() > search.getMaxLength() ? text.substring(0, search.getMaxLength()) : text)
                .ifPresent(search::setValue);
    }

    private Grid<MemberRow> grid() {
        results.setId("members");
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addComponentColumn(this::link).setHeader(getTranslation("records.column.name"))
                .setFlexGrow(2).setKey("name");
        results.addColumn(row -> row.profile().email() == null ? "" : row.profile().email())
                .setHeader(getTranslation("records.column.email")).setFlexGrow(2).setKey("email");
        results.addColumn(row -> RoleNames.of(row.roles(), this::getTranslation))
                .setHeader(getTranslation("records.column.roles")).setAutoWidth(true).setKey("roles");
        results.addColumn(row -> TimeFormats.date(row.profile().memberSince(), zone, getLocale()))
                .setHeader(getTranslation("records.column.joined")).setAutoWidth(true).setKey("joined");
        results.setEmptyStateText(getTranslation("records.search.empty"));
        results.setItems(query -> page(query.getOffset(), query.getLimit()), query -> count());
        return results;
    }

    /** Blank: the hint, no grid and no query; otherwise the grid asks for its pages and the count. */
    private void show() {
        boolean blank = text().isEmpty();
        hint.setVisible(blank);
        results.setVisible(!blank);
        count.setVisible(!blank);
        if (!blank) {
            results.getDataProvider().refreshAll();
        }
    }

    private Stream<MemberRow> page(int offset, int limit) {
        return text().isEmpty() ? Stream.empty() : records.find(text(), offset, limit).stream();
    }

    private int count() {
        if (text().isEmpty()) {
            return 0;
        }
        long found = records.countFound(text());
        count.setText(getTranslation("records.search.count", found));
        return (int) Math.min(Integer.MAX_VALUE, found);
    }

    private String text() {
        return search.getValue().strip();
    }

    private Anchor link(MemberRow row) {
        Anchor link = new Anchor("staff/members/" + row.profile().id().value(), row.profile().displayName());
        link.setAriaLabel(getTranslation("records.open", row.profile().displayName()));
        return link;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ViewerZone.resolve(attach.getUI(), members.preferredZone(), ZoneId.of("UTC"), viewerZone -> {
            zone = viewerZone;
            if (results.isVisible()) {
                results.getDataProvider().refreshAll();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("records.search.title") + " | " + getTranslation("app.title");
    }
}
