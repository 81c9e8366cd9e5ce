package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.PathwayStage;
import org.centerformsc.portal.teaching.PendingEvidence;
import org.centerformsc.portal.teaching.TeacherProgress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Staff: every teacher's progress, most urgent deadline first, filtered by stage and overdue; evidence to verify. */
@Route("staff/training")
@RolesAllowed(Roles.STAFF)
class TrainingOverviewView extends VerticalLayout implements HasDynamicTitle {

    final Select<PathwayStage> stage = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Grid<TeacherProgress> teachers = new Grid<>();
    final Paragraph count = new Paragraph();
    private final PathwayService pathway;
    private final Clock clock;

    TrainingOverviewView(PathwayService pathway, Clock clock) {
        this.pathway = pathway;
        this.clock = clock;
        setId("training-overview-view");
        add(new ViewHeader(getTranslation("staff.training"), getTranslation("staff.training.lead")));
        add(new H2(getTranslation("staff.training.pending")), pending());
        stage.setLabel(getTranslation("staff.training.stage"));
        stage.setEmptySelectionAllowed(true);
        stage.setEmptySelectionCaption(getTranslation("directory.filter.any"));
        stage.setItems(PathwayStage.values());
        stage.setItemLabelGenerator(s -> s == null ? getTranslation("directory.filter.any")
                : getTranslation("stage." + s));
        stage.setId("filter-stage");
        overdueOnly.setLabel(getTranslation("staff.training.overdue-only"));
        overdueOnly.setId("filter-overdue");
        stage.addValueChangeListener(e -> refresh());
        overdueOnly.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(stage, overdueOnly);
        filters.addClassName("catalog-filters");
        filters.setAlignItems(Alignment.BASELINE);
        count.setId("training-count");
        configureGrid();
        add(new H2(getTranslation("staff.training.teachers")), filters, count, teachers);
        refresh();
    }

    private UnorderedList pending() {
        UnorderedList list = new UnorderedList();
        list.setId("pending-evidence");
        List<PendingEvidence> waiting = pathway.pendingEvidence(0, 50);
        for (PendingEvidence item : waiting) {
            list.add(new ListItem(new Anchor("staff/training/" + item.member().value(), item.teacherName()),
                    new com.vaadin.flow.component.html.Span(" · " + date(item.on()) + " · "
                            + getTranslation("evidence." + item.kind()) + ": " + item.title())));
        }
        if (waiting.isEmpty()) {
            list.add(new ListItem(getTranslation("staff.training.pending.none")));
        }
        return list;
    }

    private void configureGrid() {
        teachers.setId("training-teachers");
        teachers.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        teachers.addComponentColumn(t -> new Anchor("staff/training/" + t.member().value(), t.name()))
                .setHeader(getTranslation("directory.column.name")).setAutoWidth(true);
        teachers.addColumn(t -> getTranslation("level." + t.level())).setHeader(getTranslation("directory.column.level"));
        teachers.addColumn(t -> getTranslation("stage." + t.stage())).setHeader(getTranslation("staff.training.stage"));
        teachers.addColumn(this::deadline).setHeader(getTranslation("staff.training.next-deadline"))
                .setFlexGrow(2);
    }

    private String deadline(TeacherProgress teacher) {
        if (teacher.nextDueOn() == null) {
            return "";
        }
        String text = getTranslation("deadline." + teacher.nextDueKind(), date(teacher.nextDueOn()));
        return teacher.nextDueOn().isBefore(LocalDate.now(clock))
                ? text + " · " + getTranslation("deadline.status.OVERDUE") : text;
    }

    private void refresh() {
        PathwayStage chosen = stage.getValue();
        boolean overdue = overdueOnly.getValue();
        count.setText(getTranslation("staff.training.count", pathway.countOverview(chosen, overdue)));
        teachers.setItems(q -> pathway.overview(chosen, overdue, q.getOffset(), q.getLimit()).stream());
    }

    private String date(LocalDate day) {
        return org.centerformsc.portal.base.ui.TimeFormats.day(day, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.training") + " | " + getTranslation("app.title");
    }
}
