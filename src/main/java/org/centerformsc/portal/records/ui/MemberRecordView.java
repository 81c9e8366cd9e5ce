package org.centerformsc.portal.records.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.centerformsc.portal.base.ui.TimeFormats;
import org.centerformsc.portal.base.ui.ViewHeader;
import org.centerformsc.portal.base.ui.ViewerZone;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingCard;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.enrollment.MyEnrollment;
import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberProfile;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.records.MemberActionRefused;
import org.centerformsc.portal.records.MemberActions;
import org.centerformsc.portal.records.MemberRecord;
import org.centerformsc.portal.records.MemberRecordService;
import org.centerformsc.portal.security.Roles;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A member's whole record for staff (docs/decisions/022): who they are and their roles, places, completions and
 * claims, practice, gifts and recurring gifts, replays opened and what staff did on their behalf; from here staff
 * enroll them, record a completion or resend a receipt, each audited and listed at the end.
 */
@Route("staff/members/:id([0-9]{1,18})")
@RolesAllowed(Roles.STAFF)
class MemberRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Button enroll = new Button();
    final Button complete = new Button();
    final EnrollOnBehalfDialog enrollDialog;
    final RecordCompletionDialog completionDialog;
    final MemberSections sections;
    private final Div content = new Div();
    private final MemberRecordService records;
    private final MemberActions actions;
    private final MemberService members;
    private final Clock clock;
    private MemberId member;
    private MemberRecord record;
    private ZoneId zone = ZoneId.of("UTC");

    MemberRecordView(MemberRecordService records, MemberActions actions, MemberService members,
                     CatalogService catalog, Clock clock) {
        this.records = records;
        this.actions = actions;
        this.members = members;
        this.clock = clock;
        setId("member-record-view");
        sections = new MemberSections(this::resend);
        enrollDialog = new EnrollOnBehalfDialog(actions, catalog, this::enrolled);
        completionDialog = new RecordCompletionDialog(actions, catalog, this::completed);
        enroll.setText(getTranslation("records.enroll"));
        enroll.setId("records-enroll");
        enroll.addClickListener(click -> enrollDialog.open(member));
        complete.setText(getTranslation("records.complete"));
        complete.setId("records-complete");
        complete.addClickListener(click -> completionDialog.open(member,
                clock.instant().atZone(ZoneOffset.UTC).toLocalDate()));
        content.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        member = new MemberId(event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new));
        record = records.record(member).orElseThrow(NotFoundException::new);
        removeAll();
        FlexLayout tools = new FlexLayout(enroll, complete, new Anchor("staff/members",
                getTranslation("records.back")));
        tools.addClassName("seat-actions");
        tools.setAlignItems(Alignment.CENTER);
        add(new ViewHeader(record.profile().displayName(), null), facts(record.profile()), tools, content);
        render();
    }

    /** Everything under the header, from the record last read. */
    private void render() {
        content.removeAll();
        sections.zone(zone);
        content.add(sections.places(record.places()), sections.completions(record.completions()),
                sections.practice(record.practice()), sections.gifts(member, record.giftCount(), records),
                sections.recurring(record.recurringGifts()), sections.replays(record.replays()),
                sections.audit(record.audit()));
    }

    private Div facts(MemberProfile profile) {
        Div facts = new Div(
                fact("records.email", profile.email()),
                fact("records.language", profile.locale() == null ? null
                        : Locale.forLanguageTag(profile.locale()).getDisplayName(getLocale())),
                fact("records.zone", profile.timeZone()),
                fact("records.joined", TimeFormats.date(profile.memberSince(), zone, getLocale())),
                fact("records.roles", RoleNames.of(record.roles(), this::getTranslation)));
        facts.setId("records-facts");
        return facts;
    }

    private Paragraph fact(String labelKey, String value) {
        Paragraph fact = new Paragraph(getTranslation(labelKey) + ": "
                + (value == null || value.isBlank() ? getTranslation("records.notset") : value));
        fact.addClassName("records-fact");
        return fact;
    }

    private void enrolled(OfferingCard offering, MyEnrollment place) {
        notice(place.status() == EnrollmentStatus.WAITLISTED
                ? getTranslation("records.enroll.waitlisted", offering.title(), place.waitlistPosition())
                : getTranslation("records.enroll.done", offering.title()));
    }

    private void completed(String program) {
        notice(getTranslation("records.complete.done", program));
    }

    private void resend(GiftSummary gift) {
        try {
            actions.resendReceipt(member, gift.id());
            notice(getTranslation("records.gift.resent", record.profile().email() == null
                    ? record.profile().displayName() : record.profile().email()));
        } catch (MemberActionRefused refused) {
            Notification.show(getTranslation(refused.messageKey()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Says what was done and reads the record again, so the new place, completion and audit line show. */
    private void notice(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        record = records.record(member).orElseThrow(NotFoundException::new);
        render();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        ViewerZone.resolve(attach.getUI(), members.preferredZone(), ZoneId.of("UTC"), viewerZone -> {
            if (!viewerZone.equals(zone)) {
                zone = viewerZone;
                render();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return (record == null ? getTranslation("records.search.title") : record.profile().displayName()) + " | "
                + getTranslation("app.title");
    }
}
