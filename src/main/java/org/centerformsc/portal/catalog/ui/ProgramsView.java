package org.centerformsc.portal.catalog.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.catalog.ProgramDetails;
import org.centerformsc.portal.catalog.ProgramService;
import org.centerformsc.portal.catalog.ProgramStatus;
import org.centerformsc.portal.security.Roles;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Staff keep the programs: a list paged lazily and filtered by status, and a dialog to create or edit one, with a
 * link to the program's prerequisite rule. On a phone the list folds into two columns.
 */
@Route("staff/programs")
@RolesAllowed(Roles.STAFF)
class ProgramsView extends VerticalLayout implements HasDynamicTitle {

    /** Below this window width (px) the grid shows one column per program plus its status. */
    static final int NARROW = 700;

    final Select<ProgramStatus> status = new Select<>();
    final Grid<ProgramDetails> grid = new Grid<>();
    final ProgramDialog dialog;
    private final ProgramService programs;
    private final List<Grid.Column<ProgramDetails>> wideColumns;
    private final Grid.Column<ProgramDetails> compactColumn;
    private Registration resizing;

    ProgramsView(ProgramService programs) {
        this.programs = programs;
        this.dialog = new ProgramDialog(programs, saved -> grid.getDataProvider().refreshAll());
        setId("programs-view");
        add(new ViewHeader(getTranslation("staff.programs"), getTranslation("staff.programs.lead")));
        status.setLabel(getTranslation("program.status"));
        status.setItems(ProgramStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("program.status.all"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("program.status.all")
                : getTranslation("program.status." + value));
        status.setValue(ProgramStatus.ACTIVE);
        status.setId("programs-status");
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("program.new"), click -> dialog.open(null));
        create.setId("new-program");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout filters = new FlexLayout(status, create);
        filters.addClassName("catalog-filters");
        filters.setAlignItems(Alignment.BASELINE);

        grid.setId("programs");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        compactColumn = grid.addColumn(LitRenderer.<ProgramDetails>of(
                        "<div><strong>${item.title}</strong><div class=\"program-facts\">${item.facts}</div></div>")
                .withProperty("title", ProgramDetails::title).withProperty("facts", this::facts))
                .setHeader(getTranslation("program.title")).setFlexGrow(1).setKey("program");
        compactColumn.setVisible(false);
        wideColumns = List.of(
                grid.addColumn(ProgramDetails::title).setHeader(getTranslation("program.title")).setFlexGrow(3)
                        .setKey("title"),
                grid.addColumn(ProgramDetails::code).setHeader(getTranslation("program.code")).setAutoWidth(true)
                        .setKey("code"),
                grid.addColumn(p -> getTranslation("program.level." + p.level()))
                        .setHeader(getTranslation("program.level")).setAutoWidth(true).setKey("level"),
                grid.addColumn(this::languageNames).setHeader(getTranslation("program.languages")).setFlexGrow(2)
                        .setKey("languages"),
                grid.addComponentColumn(p -> new Anchor("staff/rules?program=" + p.code(),
                        getTranslation("program.rules"))).setHeader(getTranslation("program.rules"))
                        .setAutoWidth(true).setKey("rules"));
        grid.addColumn(p -> getTranslation("program.status." + p.status()))
                .setHeader(getTranslation("program.status")).setAutoWidth(true).setKey("status");
        grid.setItems(query -> programs.programs(status.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) programs.countPrograms(status.getValue()));
        grid.addItemClickListener(click -> dialog.open(click.getItem()));
        grid.setEmptyStateText(getTranslation("program.none"));
        add(filters, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        ExtendedClientDetails known = ui.getInternals().getExtendedClientDetails();
        if (known != null) {
            fold(known.getWindowInnerWidth());
        } else {
            ui.getPage().retrieveExtendedClientDetails(details -> fold(details.getWindowInnerWidth()));
        }
        resizing = ui.getPage().addBrowserWindowResizeListener(resize -> fold(resize.getWidth()));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (resizing != null) {
            resizing.remove();
        }
    }

    /** A phone gets one column with the program's facts under its title (and the status): no sideways scrolling. */
    void fold(int windowWidth) {
        boolean narrow = windowWidth > 0 && windowWidth < NARROW;
        compactColumn.setVisible(narrow);
        wideColumns.forEach(column -> column.setVisible(!narrow));
    }

    private String facts(ProgramDetails program) {
        return program.code() + " · " + getTranslation("program.level." + program.level()) + " · "
                + languageNames(program);
    }

    private String languageNames(ProgramDetails program) {
        return program.languages().stream().map(dialog.form::languageName).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.programs") + " | " + getTranslation("app.title");
    }
}
