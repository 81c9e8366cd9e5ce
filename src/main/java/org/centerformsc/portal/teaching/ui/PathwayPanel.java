package org.centerformsc.portal.teaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.centerformsc.portal.teaching.EvidenceItem;
import org.centerformsc.portal.teaching.EvidenceStatus;
import org.centerformsc.portal.teaching.Pathway;
import org.centerformsc.portal.teaching.Pathway.Deadline;
import org.centerformsc.portal.teaching.Pathway.Requirement;
import org.centerformsc.portal.teaching.Pathway.StageProgress;
import org.centerformsc.portal.teaching.TeacherTraining;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/** A teacher's pathway as the teacher and staff see it: standing, next step, deadlines, stages, evidence. */
class PathwayPanel extends Div {

    PathwayPanel(TeacherTraining training) {
        this(training, null);
    }

    /** withdraw, when given, puts a button beside each item still awaiting verification. */
    PathwayPanel(TeacherTraining training, Consumer<EvidenceItem> withdraw) {
        setId("pathway-panel");
        Pathway pathway = training.pathway();
        Paragraph level = new Paragraph(getTranslation("training.level", getTranslation("level." + pathway.level())));
        level.setId("training-level");
        level.addClassName("eligibility-badge");
        Paragraph stage = new Paragraph(getTranslation("training.stage",
                getTranslation("stage." + pathway.current())));
        stage.setId("training-stage");
        add(level, stage, next(pathway), deadlines(pathway), renewal(pathway), stages(pathway),
                timeline(training, withdraw));
    }

    private Paragraph next(Pathway pathway) {
        Paragraph next = new Paragraph(nextStep(pathway));
        next.setId("training-next");
        next.addClassName("countdown");
        return next;
    }

    private String nextStep(Pathway pathway) {
        Optional<Pathway.RenewalCycle> renewal = pathway.renewalCycle();
        if (renewal.isPresent()) {
            Pathway.RenewalCycle cycle = renewal.get();
            if (cycle.lapsed()) {
                return getTranslation("training.next.lapsed");
            }
            if (cycle.met()) {
                return getTranslation("training.next.renewal-met", date(cycle.originalDue()));
            }
            return getTranslation("training.next.renewal", date(cycle.due()));
        }
        return pathway.stages().stream().filter(s -> s.stage() == pathway.current()).findFirst()
                .flatMap(s -> s.requirements().stream().filter(r -> !r.met()).findFirst())
                .map(r -> getTranslation("training.next." + r.key(), r.toGo()))
                .orElseGet(() -> getTranslation("training.next.none"));
    }

    private Section deadlines(Pathway pathway) {
        Section section = new Section(new H2(getTranslation("training.deadlines")));
        UnorderedList list = new UnorderedList();
        list.setId("training-deadlines");
        for (Deadline deadline : pathway.deadlines()) {
            ListItem item = new ListItem(getTranslation("deadline." + deadline.kind(), date(deadline.due())));
            Span status = new Span(getTranslation("deadline.status." + deadline.status()));
            status.addClassName(deadline.status() == Pathway.DeadlineStatus.OVERDUE ? "error-text" : "fact");
            item.add(new Span(" · "), status);
            if (deadline.extended()) {
                item.add(new Span(" · " + getTranslation("deadline.extended", date(deadline.originalDue()))));
            }
            item.getElement().setAttribute("data-deadline", deadline.kind().name());
            item.getElement().setAttribute("data-status", deadline.status().name());
            list.add(item);
        }
        section.add(pathway.deadlines().isEmpty() ? new Paragraph(getTranslation("training.deadlines.none")) : list);
        return section;
    }

    private Section renewal(Pathway pathway) {
        Section section = new Section();
        section.setId("training-renewal");
        pathway.renewalCycle().ifPresent(cycle -> {
            section.add(new H2(getTranslation("training.renewal")));
            section.add(new Paragraph(getTranslation("training.renewal.cycle", date(cycle.startedOn()),
                    date(cycle.due()))));
            section.add(requirements(cycle.ceHours(), cycle.consultations()));
        });
        return section;
    }

    private Section stages(Pathway pathway) {
        Section section = new Section(new H2(getTranslation("training.stages")));
        OrderedList list = new OrderedList();
        list.setId("training-stages");
        for (StageProgress stage : pathway.stages()) {
            ListItem item = new ListItem(new H3(getTranslation("stage." + stage.stage())));
            String state = getTranslation("stage.state." + stage.state());
            if (stage.reachedOn() != null) {
                state += " · " + getTranslation("stage.reached", date(stage.reachedOn()));
            }
            item.add(new Paragraph(state));
            if (stage.state() != Pathway.StageState.DONE && !stage.requirements().isEmpty()) {
                item.add(requirements(stage.requirements().toArray(Requirement[]::new)));
            }
            item.getElement().setAttribute("data-stage", stage.stage().name());
            item.getElement().setAttribute("data-state", stage.state().name());
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private UnorderedList requirements(Requirement... requirements) {
        UnorderedList list = new UnorderedList();
        for (Requirement requirement : requirements) {
            ListItem item = new ListItem(getTranslation("requirement." + requirement.key(), requirement.done(),
                    requirement.required(), requirement.toGo()));
            item.getElement().setAttribute("data-requirement", requirement.key());
            list.add(item);
        }
        return list;
    }

    private Section timeline(TeacherTraining training, Consumer<EvidenceItem> withdraw) {
        Section section = new Section(new H2(getTranslation("training.timeline")));
        UnorderedList list = new UnorderedList();
        list.setId("training-timeline");
        for (EvidenceItem item : training.timeline()) {
            String text = date(item.on()) + " · " + getTranslation("evidence." + item.type()) + ": " + item.title();
            if (item.minutes() > 0) {
                text += " · " + getTranslation("evidence.hours", item.minutes() / 60.0);
            }
            ListItem entry = new ListItem(text);
            if (item.status() != null && item.status() != EvidenceStatus.VERIFIED) {
                Span status = new Span(" · " + getTranslation("evidence.status." + item.status(),
                        item.rejectionReason() == null ? "" : item.rejectionReason()));
                status.addClassName("fact");
                entry.add(status);
            }
            if (withdraw != null && item.status() == EvidenceStatus.LOGGED) {
                Button undo = new Button(getTranslation("training.withdraw"), click -> withdraw.accept(item));
                undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                undo.setId("withdraw-" + item.evidenceId());
                entry.add(new Span(" · "), undo);
            }
            entry.getElement().setAttribute("data-type", item.type().name());
            list.add(entry);
        }
        section.add(training.timeline().isEmpty() ? new Paragraph(getTranslation("training.timeline.none")) : list);
        return section;
    }

    private String date(LocalDate day) {
        return org.centerformsc.portal.base.ui.TimeFormats.day(day, getLocale());
    }
}
