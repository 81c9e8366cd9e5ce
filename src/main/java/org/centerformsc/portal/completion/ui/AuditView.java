package org.centerformsc.portal.completion.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.completion.AuditFilter;
import org.centerformsc.portal.completion.AuditLine;
import org.centerformsc.portal.completion.CompletionInputRefused;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.Roles;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The completion audit trail, newest first: whose completion of which program, who changed it, when, and the
 * state before and after. Filtered by member, program and a range of days in the viewer's zone; paged lazily,
 * counted in the database.
 */
@Route("staff/audit")
@RolesAllowed(Roles.STAFF)
class AuditView extends VerticalLayout implements HasDynamicTitle {

    final TextField member = new TextField();
    final Select<String> program = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Span problem = new Span();
    final Grid<AuditLine> changes = new Grid<>();
    private final CompletionService completions;
    private final MemberService members;
    private ZoneId zone = ZoneId.of("UTC");
    /** Null while the filters are not valid: the grid then shows nothing and asks nothing. */
    private AuditFilter filter = AuditFilter.everything();

    AuditView(CompletionService completions, CatalogService catalog, MemberService members) {
        this.completions = completions;
        this.members = members;
        setId("audit-view");
        add(new ViewHeader(getTranslation("staff.audit"), getTranslation("staff.audit.lead")), filters(catalog),
                problem, grid());
        setSizeFull();
    }

    private FlexLayout filters(CatalogService catalog) {
        member.setLabel(getTranslation("staff.audit.member"));
        member.setClearButtonVisible(true);
        member.setValueChangeMode(ValueChangeMode.LAZY);
        member.setMaxLength(200);
        member.setId("audit-member");
        Map<String, String> programs = catalog.programNames();
        program.setLabel(getTranslation("staff.audit.program"));
        program.setItems(programs.keySet().stream().sorted((a, b) -> programs.get(a).compareToIgnoreCase(
                programs.get(b))).toList());
        program.setEmptySelectionAllowed(true);
        program.setEmptySelectionCaption(getTranslation("staff.audit.allprograms"));
        program.setItemLabelGenerator(code -> code == null ? getTranslation("staff.audit.allprograms")
                : programs.getOrDefault(code, code));
        program.setId("audit-program");
        from.setLabel(getTranslation("staff.audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("staff.audit.to"));
        to.setId("audit-to");
        member.addValueChangeListener(change -> applyFilters());
        program.addValueChangeListener(change -> applyFilters());
        from.addValueChangeListener(change -> applyFilters());
        to.addValueChangeListener(change -> applyFilters());
        problem.setId("audit-problem");
        problem.addClassName("error-text");
        FlexLayout filters = new FlexLayout(member, program, from, to);
        filters.addClassName("catalog-filters");
        filters.setAlignItems(Alignment.BASELINE);
        return filters;
    }

    private Grid<AuditLine> grid() {
        changes.setId("audit");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(AuditLine::memberName).setHeader(getTranslation("staff.audit.member.column"))
                .setAutoWidth(true).setKey("member");
        changes.addColumn(AuditLine::programName).setHeader(getTranslation("staff.audit.program"))
                .setKey("program");
        changes.addColumn(AuditLine::changedBy).setHeader(getTranslation("staff.audit.who")).setAutoWidth(true);
        changes.addColumn(this::when).setHeader(getTranslation("staff.audit.when")).setAutoWidth(true)
                .setKey("when");
        // the before and after snapshots are the longest text: give them the room, the others wrap
        changes.addColumn(this::change).setHeader(getTranslation("staff.audit.change")).setWidth("20rem")
                .setFlexGrow(3).setKey("change");
        changes.setEmptyStateText(getTranslation("staff.audit.empty"));
        changes.setItems(query -> filter == null ? Stream.empty()
                        : refusable(() -> completions.changes(filter, query.getOffset(), query.getLimit()).stream(),
                        Stream.empty()),
                query -> filter == null ? 0 : refusable(() -> (int) completions.countChanges(filter), 0));
        return changes;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ViewerZone.resolve(attach.getUI(), members.preferredZone(), ZoneId.of("UTC"), viewerZone -> {
            zone = viewerZone;
            applyFilters();
        });
    }

    /** Checks the range before asking: a range that ends before it starts is a message, not a query. */
    private void applyFilters() {
        LocalDate first = from.getValue();
        LocalDate last = to.getValue();
        if (first != null && last != null && first.isAfter(last)) {
            filter = null;
            problem.setText(getTranslation("staff.audit.refused.range"));
        } else {
            problem.setText("");
            filter = new AuditFilter(member.getValue(), program.getValue(),
                    first == null ? null : first.atStartOfDay(zone).toInstant(),
                    last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
        }
        changes.getDataProvider().refreshAll();
    }

    private <T> T refusable(Supplier<T> query, T nothing) {
        try {
            return query.get();
        } catch (CompletionInputRefused refused) {
            problem.setText(getTranslation(refused.messageKey()));
            return nothing;
        }
    }

    private String when(AuditLine line) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .format(line.changedAt().atZone(zone)) + " " + DateTimeFormatter.ofPattern("zzz", getLocale())
                .format(line.changedAt().atZone(zone));
    }

    private String change(AuditLine line) {
        return line.before() == null ? getTranslation("staff.audit.created", line.after())
                : getTranslation("staff.audit.changed", line.before(), line.after());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.audit") + " | " + getTranslation("app.title");
    }
}
