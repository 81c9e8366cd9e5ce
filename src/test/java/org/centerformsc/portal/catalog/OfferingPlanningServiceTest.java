package org.centerformsc.portal.catalog;

import jakarta.mail.internet.MimeMessage;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.SharedTestMailServer;
import org.centerformsc.portal.TestMail;
import org.centerformsc.portal.notifications.TestOutbox;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.enrollment.EnrollmentService;
import org.centerformsc.portal.enrollment.EnrollmentStatus;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.SystemAuthentication;
import org.centerformsc.portal.teaching.TestTeachers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Planning offerings on MariaDB: drafts, the teacher's proposal and staff's approval, bad input, cancellation. */
@IntegrationTest
class OfferingPlanningServiceTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final LocalDate IN_A_MONTH = LocalDate.now(PACIFIC).plusMonths(1);

    @Autowired
    OfferingPlanningService planning;

    @Autowired
    CatalogService catalog;

    @Autowired
    ProgramService programs;

    @Autowired
    EnrollmentService enrollment;

    @Autowired
    MemberService members;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void programs() {
        TestLogins.asStaff(() -> {
            catalog.addProgramIfAbsent(new NewProgram("LOMSC", "Live Online MSC", "Ten weeks online"));
            catalog.addProgramIfAbsent(new NewProgram("SCIP-1", "Self-Compassion in Psychotherapy", "Level 1"));
            return null;
        });
    }

    @Test
    void aStaffDraftIsUnseenUntilPublished() {
        OfferingDraft draft = draft(code());
        OfferingId id = TestLogins.asStaff(() -> planning.create(draft));

        assertThat(catalog.offering(draft.code())).isEmpty();
        TestLogins.asStaff(() -> {
            planning.publish(id);
            return null;
        });

        OfferingCard card = catalog.offering(draft.code()).orElseThrow().card();
        assertThat(card.sessionCount()).isEqualTo(8);
        assertThat(card.firstSessionStart().atZone(PACIFIC).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(card.price().regularMinor()).isEqualTo(55_000);
        assertThat(card.price().earlyBirdMinor()).isEqualTo(49_500);
    }

    @Test
    void eachBadInputNamesItsFieldAndStoresNothing() {
        String code = code();
        List<UnaryOperator<OfferingDraft>> bad = List.of(
                d -> with(d, "code", "lower case!"),
                d -> with(d, "title", " "),
                d -> with(d, "capacity", 0),
                d -> with(d, "price", new BigDecimal("-1")),
                d -> with(d, "price", new BigDecimal("550.005")),
                d -> with(d, "earlyBirdPrice", new BigDecimal("550")),
                d -> with(d, "earlyBirdUntil", IN_A_MONTH.plusMonths(2)),
                d -> with(d, "joinUrl", "http://meet.example.org/x"),
                d -> with(d, "format", OfferingFormat.IN_PERSON),
                d -> with(d, "registrationOpens", IN_A_MONTH.plusYears(1)),
                d -> with(d, "programCode", "NO-SUCH-PROGRAM"),
                d -> with(d, "refundDaysBefore", -1),
                d -> with(d, "refundFee", new BigDecimal("550.01")),
                // supported at or above the early bird, sustaining at or below the regular price
                d -> with(d, "supportedPrice", new BigDecimal("495")),
                d -> with(d, "supportedPrice", BigDecimal.ZERO),
                d -> with(d, "sustainingPrice", new BigDecimal("550")),
                d -> with(with(with(d, "price", BigDecimal.ZERO), "earlyBirdPrice", null), "sustainingPrice",
                        new BigDecimal("50")));
        List<String> fields = List.of("code", "title", "capacity", "price", "price", "earlyBirdPrice",
                "earlyBirdUntil", "joinUrl", "venueName", "registrationOpens", "programCode", "refundDaysBefore",
                "refundFee", "supportedPrice", "supportedPrice", "sustainingPrice", "sustainingPrice");
        for (int i = 0; i < bad.size(); i++) {
            OfferingDraft wrong = bad.get(i).apply(draft(code));
            String field = fields.get(i);
            assertThatThrownBy(() -> TestLogins.asStaff(() -> planning.create(wrong))).as(field)
                    .isInstanceOfSatisfying(OfferingRefused.class, refused -> assertThat(refused.field()).isEqualTo(field));
        }
        OfferingDraft backwards = with(draft(code), "schedule",
                new Schedule.Once(IN_A_MONTH, LocalTime.of(11, 0), LocalTime.of(9, 0)));
        assertThatThrownBy(() -> TestLogins.asStaff(() -> planning.create(backwards)))
                .isInstanceOfSatisfying(ScheduleRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("schedule.refused.endbeforestart"));

        OfferingId first = TestLogins.asStaff(() -> planning.create(draft(code)));
        assertThatThrownBy(() -> TestLogins.asStaff(() -> planning.create(draft(code))))
                .isInstanceOfSatisfying(OfferingRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("offering.refused.codetaken"));
        assertThat(TestLogins.asStaff(() -> planning.planned(first)).code()).isEqualTo(code);
    }

    @Test
    void onlyThePortalItselfCompletesEndedRuns() {
        assertThatThrownBy(() -> TestLogins.asStaff(planning::completeEnded)).isInstanceOf(AccessDeniedException.class);
        assertThat(SystemAuthentication.asSystem(planning::completeEnded)).isNotNegative();
    }

    @Test
    void aMissingRegistrationDayIsAskedForNotCalledBackwards() {
        OfferingDraft noDay = with(draft(code()), "registrationOpens", null);
        assertThatThrownBy(() -> TestLogins.asStaff(() -> planning.create(noDay)))
                .isInstanceOfSatisfying(OfferingRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("offering.refused.registration.missing"));
    }

    @Test
    void anArchivedProgramTakesNoNewOffering() {
        String program = "ARCH-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestLogins.asStaff(() -> {
            catalog.addProgramIfAbsent(new NewProgram(program, "Retired program", "No longer taught"));
            programs.archive(program);
            return null;
        });

        assertThatThrownBy(() -> TestLogins.asStaff(() -> planning.create(with(draft(code()), "programCode", program))))
                .isInstanceOfSatisfying(OfferingRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("program.refused.archived"));
    }

    @Test
    void theCapacityNeverDropsBelowTheSeatsTaken() {
        OfferingDraft draft = draft(code());
        OfferingId id = published(draft);
        for (int i = 0; i < 3; i++) {
            OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Seated " + i);
            TestLogins.as(member, () -> enrollment.enroll(id));
        }

        assertThatThrownBy(() -> TestLogins.asStaff(() -> {
            planning.update(id, with(draft, "capacity", 2));
            return null;
        })).isInstanceOfSatisfying(OfferingRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("offering.refused.capacitybelow"));
        TestLogins.asStaff(() -> {
            planning.update(id, with(draft, "capacity", 3));
            return null;
        });
        assertThat(catalog.offering(id).orElseThrow().card().capacity()).isEqualTo(3);
    }

    @Test
    void aTeachersProposalGoesBackWithANoteAndIsPublishedOnceApproved() {
        TestTeachers teachers = new TestTeachers(context);
        OAuth2AuthenticationToken teacher = teachers.teacher("Tess");
        TestLogins.asStaff(() -> {
            teachers.trained(teachers.id(teacher), LocalDate.of(2024, 5, 1));
            return null;
        });
        OfferingDraft draft = draft(code());

        OfferingId id = TestLogins.as(teacher, () -> planning.create(draft));
        TestLogins.as(teacher, () -> {
            planning.submitForApproval(id);
            return null;
        });
        assertThat(TestLogins.asStaff(() -> planning.awaitingApproval(0, 500))).extracting(PlannedOffering::id)
                .contains(id);
        assertThatThrownBy(() -> TestLogins.as(teacher, () -> {
            planning.update(id, with(draft, "title", "Changed while waiting"));
            return null;
        })).isInstanceOf(OfferingRefused.class);
        TestLogins.asStaff(() -> {
            planning.sendBack(id, "Please add a description.");
            planning.lockPrice(id, true);
            return null;
        });
        assertThat(TestLogins.as(teacher, planning::myProposals)).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo("DRAFT");
            assertThat(mine.reviewNote()).isEqualTo("Please add a description.");
        });
        assertThatThrownBy(() -> TestLogins.as(teacher, () -> {
            planning.update(id, with(draft, "price", new BigDecimal("600")));
            return null;
        })).isInstanceOfSatisfying(OfferingRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("offering.refused.pricelocked"));
        TestLogins.as(teacher, () -> {
            planning.update(id, with(draft, "description", "Ten weeks of practice together."));
            planning.submitForApproval(id);
            return null;
        });
        assertThatThrownBy(() -> TestLogins.as(teacher, () -> {
            planning.publish(id);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        TestLogins.asStaff(() -> {
            planning.publish(id);
            return null;
        });

        assertThat(catalog.offering(draft.code())).isPresent();
        assertThat(catalog.isInstructor(id, teachers.id(teacher))).isTrue();
    }

    @Test
    void aTeacherReachesOnlyTheirOwnProposalsAndOnlyProgramsTheyMayOffer() {
        TestTeachers teachers = new TestTeachers(context);
        OAuth2AuthenticationToken trained = teachers.teacher("Tom");
        OAuth2AuthenticationToken other = teachers.teacher("Olga");
        OAuth2AuthenticationToken beginner = teachers.teacher("Ben");
        TestLogins.asStaff(() -> {
            teachers.trained(teachers.id(trained), LocalDate.of(2024, 5, 1));
            teachers.trained(teachers.id(other), LocalDate.of(2024, 5, 1));
            return null;
        });
        OfferingId tomsDraft = TestLogins.as(trained, () -> planning.create(draft(code())));
        OfferingId staffDraft = TestLogins.asStaff(() -> planning.create(draft(code())));

        for (OfferingId notHis : List.of(tomsDraft, staffDraft)) {
            assertThatThrownBy(() -> TestLogins.as(other, () -> {
                planning.update(notHis, draft("X-" + code()));
                return null;
            })).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> TestLogins.as(other, () -> {
                planning.submitForApproval(notHis);
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> TestLogins.as(beginner, () -> planning.create(draft(code()))))
                .isInstanceOfSatisfying(OfferingRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("offering.refused.notqualified"));
        assertThatThrownBy(() -> TestLogins.as(trained, () -> planning.create(with(draft(code()), "programCode",
                "SCIP-1")))).isInstanceOfSatisfying(OfferingRefused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("offering.refused.staffonly"));
        assertThatThrownBy(() -> TestLogins.as(TestLogins.signedUp(members, "Pat Participant"),
                () -> planning.create(draft(code())))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void cancellingReleasesEveryPlaceAndTellsEachMemberWhy() throws Exception {
        OfferingDraft draft = with(draft(code()), "capacity", 1);
        OfferingId id = published(draft);
        OAuth2AuthenticationToken seated = TestLogins.signedUp(members, "Cleo Cancel");
        OAuth2AuthenticationToken waiting = TestLogins.signedUp(members, "Wade Wait");
        TestLogins.as(seated, () -> enrollment.enroll(id));
        assertThat(TestLogins.as(waiting, () -> enrollment.enroll(id)).status()).isEqualTo(EnrollmentStatus.WAITLISTED);

        TestLogins.asStaff(() -> {
            planning.cancel(id, "Our teacher is ill; we are very sorry.");
            return null;
        });

        assertThat(TestLogins.as(seated, () -> enrollment.myEnrollment(id))).isEmpty();
        assertThat(TestLogins.as(waiting, () -> enrollment.myEnrollment(id))).isEmpty();
        TestOutbox.deliver(context);
        for (OAuth2AuthenticationToken member : List.of(seated, waiting)) {
            MimeMessage notice = mailTo(TestLogins.email(member.getPrincipal().getAttribute("sub")));
            assertThat(notice.getSubject()).isEqualTo("Cancelled: " + draft.title());
            assertThat(TestMail.text(notice)).contains("has been cancelled")
                    .contains("Our teacher is ill; we are very sorry.").contains("Your place has been released.");
        }
        assertThatThrownBy(() -> TestLogins.as(seated, () -> enrollment.enroll(id)))
                .hasMessage("enrollment.refused.closed");
    }

    @Test
    void movingTheSessionsOfAPublishedRunTellsItsMembersTheNewTimes() throws Exception {
        OfferingDraft draft = draft(code());
        OfferingId id = published(draft);
        OAuth2AuthenticationToken member = TestLogins.signedUp(members, "Remy Reschedule");
        TestLogins.as(member, () -> members.preferTimeZone(PACIFIC));
        TestLogins.as(member, () -> enrollment.enroll(id));

        TestLogins.asStaff(() -> {
            planning.update(id, with(draft, "schedule", new Schedule.Weekly(IN_A_MONTH, DayOfWeek.WEDNESDAY, 8,
                    LocalTime.of(17, 0), LocalTime.of(19, 0))));
            return null;
        });

        TestOutbox.deliver(context);
        MimeMessage notice = mailTo(TestLogins.email(member.getPrincipal().getAttribute("sub")));
        assertThat(notice.getSubject()).isEqualTo("New schedule: " + draft.title());
        // the new times in the member's zone, and the new calendar file along
        assertThat(TestMail.text(notice)).contains("Wed").contains("5:00").contains("The new calendar file");
        assertThat(TestMail.attachmentTypes(notice)).singleElement().asString().startsWith("text/calendar");
    }

    private OfferingId published(OfferingDraft draft) {
        return TestLogins.asStaff(() -> {
            OfferingId id = planning.create(draft);
            planning.publish(id);
            return id;
        });
    }

    private static MimeMessage mailTo(String email) {
        return Arrays.stream(SharedTestMailServer.server().getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equals(email);
            } catch (Exception unreadable) {
                return false;
            }
        }).reduce((first, second) -> second).orElseThrow(() -> new AssertionError("No mail to " + email));
    }

    private static String code() {
        return "LOMSC-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** Live Online MSC: eight Tuesdays 9 to 11 Pacific, 25 seats, $550 with an early bird of $495. */
    private static OfferingDraft draft(String code) {
        return new OfferingDraft("LOMSC", code, "Live Online MSC " + code, null, OfferingFormat.ONLINE, null, null,
                null, PACIFIC, "en", 25, List.of(), List.of("Guest Teacher"), "USD", new BigDecimal("550"),
                new BigDecimal("495"), IN_A_MONTH.minusDays(7), LocalDate.now(PACIFIC).minusDays(1), null,
                "https://meet.example.org/" + code, new Schedule.Weekly(IN_A_MONTH, DayOfWeek.TUESDAY, 8,
                LocalTime.of(9, 0), LocalTime.of(11, 0)), 14, null, null, null, false);
    }

    /** The draft with one field changed, by the record component's name. */
    private static OfferingDraft with(OfferingDraft d, String field, Object value) {
        return new OfferingDraft(
                field.equals("programCode") ? (String) value : d.programCode(),
                field.equals("code") ? (String) value : d.code(),
                field.equals("title") ? (String) value : d.title(),
                field.equals("description") ? (String) value : d.description(),
                field.equals("format") ? (OfferingFormat) value : d.format(),
                d.venueName(), d.venueAddress(), d.venueCity(), d.zone(), d.language(),
                field.equals("capacity") ? (Integer) value : d.capacity(),
                d.teachers(), d.guestTeachers(), d.currency(),
                field.equals("price") ? (BigDecimal) value : d.price(),
                field.equals("earlyBirdPrice") ? (BigDecimal) value : d.earlyBirdPrice(),
                field.equals("earlyBirdUntil") ? (LocalDate) value
                        : field.equals("earlyBirdPrice") && value == null ? null : d.earlyBirdUntil(),
                field.equals("registrationOpens") ? (LocalDate) value : d.registrationOpens(),
                d.registrationCloses(),
                field.equals("joinUrl") ? (String) value : d.joinUrl(),
                field.equals("schedule") ? (Schedule) value : d.schedule(),
                field.equals("refundDaysBefore") ? (Integer) value : d.refundDaysBefore(),
                field.equals("refundFee") ? (BigDecimal) value : d.refundFee(),
                field.equals("supportedPrice") ? (BigDecimal) value : d.supportedPrice(),
                field.equals("sustainingPrice") ? (BigDecimal) value : d.sustainingPrice(),
                field.equals("scholarships") ? (Boolean) value : d.scholarships());
    }
}
