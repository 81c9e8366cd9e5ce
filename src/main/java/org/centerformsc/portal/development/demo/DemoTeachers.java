package org.centerformsc.portal.development.demo;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.NewOffering;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.Price;
import org.centerformsc.portal.catalog.SessionTime;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.places.Place;
import org.centerformsc.portal.teaching.DirectoryEntry;
import org.centerformsc.portal.teaching.EvidenceKind;
import org.centerformsc.portal.teaching.PathwayService;
import org.centerformsc.portal.teaching.DirectoryService;
import org.centerformsc.portal.teaching.TrainingLevel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * The demo's teachers: the demo account (certified, renewal due within weeks, two mentor consultations of the
 * cycle still to go) and a directory of teachers around the world. Their levels are not set anywhere: the
 * completions, courses taught and consultations recorded here make the pathway derive them. Dates count back
 * from the first start, so a fresh demo always shows the same picture.
 */
final class DemoTeachers {

    record Teacher(String slug, String name, String city, Set<String> languages, TrainingLevel level, boolean online,
                   boolean inPerson, String bio, String website, boolean languagesPublic, ZoneId zone) {
    }

    static final List<Teacher> DIRECTORY = List.of(
            new Teacher("eva", "Eva de Vries", "Amersfoort", Set.of("nl", "en"), TrainingLevel.CERTIFIED, true, true,
                    "Ik geef MSC in Amersfoort en online, in het Nederlands en het Engels. Psycholoog, "
                            + "en al tien jaar beoefenaar van mindfulness.", "https://example.org/eva-de-vries", true,
                    ZoneId.of("Europe/Amsterdam")),
            new Teacher("pieter", "Pieter Janssen", "Rotterdam", Set.of("nl"), TrainingLevel.TRAINED, false, true,
                    "Trained MSC teacher in Rotterdam, teaching in Dutch.", null, true, ZoneId.of("Europe/Amsterdam")),
            new Teacher("sanne", "Sanne Bakker", "Zeist", Set.of("nl", "de"), TrainingLevel.IN_TRAINING, true, false,
                    "On the way to teaching MSC.", null, false, ZoneId.of("Europe/Amsterdam")),
            new Teacher("lena", "Lena Schmidt", "Berlin", Set.of("de", "en"), TrainingLevel.TRAINER, true, true,
                    "MSC-Lehrerin und Ausbilderin in Berlin.", "https://example.org/lena-schmidt", true,
                    ZoneId.of("Europe/Berlin")),
            new Teacher("lucia", "Lucía Fernández", "Madrid", Set.of("es", "en"), TrainingLevel.CERTIFIED, true, true,
                    "Profesora certificada de MSC en Madrid.", null, true, ZoneId.of("Europe/Madrid")),
            new Teacher("claire", "Claire Dubois", "Lyon", Set.of("fr"), TrainingLevel.TRAINED, false, true,
                    "Enseignante MSC formée, à Lyon.", null, true, ZoneId.of("Europe/Paris")),
            new Teacher("astrid", "Astrid Lindqvist", "Stockholm", Set.of("sv", "en"), TrainingLevel.CERTIFIED, true,
                    false, "Certified MSC teacher, online from Stockholm.", null, true, ZoneId.of("Europe/Stockholm")),
            new Teacher("yuki", "Yuki Tanaka", "Osaka", Set.of("ja"), TrainingLevel.CERTIFIED, false, true,
                    "大阪でMSCを教えています。", null, true, ZoneId.of("Asia/Tokyo")),
            new Teacher("wei", "Wei Chen", "Taipei", Set.of("zh", "en"), TrainingLevel.TRAINED, true, true,
                    "Trained MSC teacher in Taipei.", null, true, ZoneId.of("Asia/Taipei")),
            new Teacher("sam", "Sam Okafor", "San Francisco", Set.of("en"), TrainingLevel.CERTIFIED, true, false,
                    "Certified MSC teacher, teaching live online from the Bay Area.", null, true,
                    ZoneId.of("America/Los_Angeles")));

    private final CatalogService catalog;
    private final CompletionService completions;
    private final PathwayService pathway;
    private final DirectoryService directory;
    private final Gazetteer gazetteer;
    private final LocalDate today;

    DemoTeachers(CatalogService catalog, CompletionService completions, PathwayService pathway,
                 DirectoryService directory, Gazetteer gazetteer, LocalDate today) {
        this.catalog = catalog;
        this.completions = completions;
        this.pathway = pathway;
        this.directory = directory;
        this.gazetteer = gazetteer;
        this.today = today;
    }

    /** The demo account: certified 40 days short of three years ago, so the renewal is due in 40 days. */
    void seedDemoTeacher(MemberId jordan) {
        if (alreadySeeded(jordan)) {
            return;
        }
        LocalDate certified = today.minusYears(3).plusDays(40);
        completions.recordVerified(jordan, "SILENT-RETREAT", null, certified.minusYears(1).minusMonths(4));
        completions.recordVerified(jordan, "TEACHER-TRAINING", null, certified.minusYears(1));
        coTaught(jordan, "jordan", "Jordan Ellis", "en", ZoneId.of("America/Los_Angeles"), certified.minusMonths(5),
                certified);
        consultations(jordan, certified.minusMonths(11), 10, "Michelle Becker");
        consultations(jordan, certified.plusMonths(8), 2, "Steve Hickman");
        pathway.recordVerified(jordan, EvidenceKind.CONTINUING_EDUCATION, certified.plusMonths(14),
                "MSC Teacher Summit (online)", 8 * 60);
        pathway.recordVerified(jordan, EvidenceKind.CONTINUING_EDUCATION, certified.plusMonths(26),
                "Self-Compassion in Psychotherapy Level 1", 8 * 60);
        pathway.track(jordan);
        directory.importEntry(jordan, new DirectoryEntry("Jordan Ellis", true,
                "I teach Live Online MSC cohorts for the Center, from Portland.", true, Set.of("en"), true,
                city("Portland"), true, null, false, false, false, true, false));
    }

    void seedDirectoryTeacher(MemberId id, Teacher teacher) {
        if (alreadySeeded(id)) {
            return;
        }
        completions.recordVerified(id, "MSC", null, today.minusYears(6));
        if (teacher.level() != TrainingLevel.IN_TRAINING) {
            LocalDate training = switch (teacher.slug()) {
                case "claire" -> today.minusYears(3).minusMonths(2); // past the certification deadline: overdue
                case "pieter", "wei" -> today.minusYears(2);
                default -> today.minusYears(3);
            };
            completions.recordVerified(id, "SILENT-RETREAT", null, training.minusMonths(5));
            completions.recordVerified(id, "TEACHER-TRAINING", null, training);
            if (teacher.level() == TrainingLevel.CERTIFIED || teacher.level() == TrainingLevel.TRAINER) {
                String language = teacher.languages().iterator().next();
                coTaught(id, teacher.slug(), teacher.name(), language, teacher.zone(), training.plusMonths(4),
                        training.plusYears(1));
                consultations(id, training.plusMonths(1), 10, "Christopher Germer");
            }
            if (teacher.level() == TrainingLevel.TRAINER) {
                taught(id, "TEACHER-TRAINING", "HIST-" + teacher.slug().toUpperCase() + "-TT",
                        "MSC Teacher Training (" + teacher.city() + ")", teacher.name(), "en", teacher.zone(),
                        today.minusMonths(6));
            }
        }
        pathway.track(id);
        directory.importEntry(id, new DirectoryEntry(teacher.name(), true, teacher.bio(), true, teacher.languages(),
                teacher.languagesPublic(), city(teacher.city()), true, teacher.website(), teacher.website() != null,
                false, false, teacher.online(), teacher.inPerson()));
    }

    /** Eva's next course in Utrecht, for her public page. */
    void seedUpcomingCourse(MemberId eva) {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        LocalDate first = today.plusMonths(3).withDayOfMonth(2);
        List<SessionTime> sessions = Schedule.weekly(first, first.plusWeeks(7), LocalTime.of(19, 0),
                LocalTime.of(21, 30), amsterdam);
        catalog.addOfferingIfAbsent(new NewOffering("MSC", "MSC-UTRECHT-" + first.getYear(),
                "Mindful Self-Compassion, 8 weken in Utrecht", amsterdam, OfferingFormat.IN_PERSON,
                "Centrum, Utrecht", "nl", 16, Price.of("EUR", 39500),
                today.atStartOfDay(amsterdam).toInstant(), sessions.get(0).startsAt(), List.of("Eva de Vries"),
                sessions, null));
        catalog.offering("MSC-UTRECHT-" + first.getYear()).ifPresent(o -> catalog.assignInstructor(o.card().id(), eva));
    }

    /** The directory entry comes last, so a listed entry means the teacher's records are all in place. */
    private boolean alreadySeeded(MemberId teacher) {
        return directory.publicProfile(teacher).isPresent();
    }

    private void consultations(MemberId teacher, LocalDate first, int count, String mentor) {
        for (int i = 0; i < count; i++) {
            pathway.recordVerified(teacher, EvidenceKind.CONSULTATION, first.plusMonths(i), mentor, 0);
        }
    }

    private void coTaught(MemberId teacher, String slug, String name, String language, ZoneId zone, LocalDate first,
                          LocalDate second) {
        taught(teacher, "MSC", "HIST-" + slug.toUpperCase() + "-1", "Mindful Self-Compassion (8 weeks)", name,
                language, zone, first);
        taught(teacher, "MSC", "HIST-" + slug.toUpperCase() + "-2", "Mindful Self-Compassion (8 weeks)", name,
                language, zone, second);
    }

    /** A past course that ended on the given day, with the teacher as its instructor. */
    private void taught(MemberId teacher, String program, String code, String title, String name, String language,
                        ZoneId zone, LocalDate lastDay) {
        List<SessionTime> sessions = Schedule.weekly(lastDay.minusWeeks(7), lastDay, LocalTime.of(18, 0),
                LocalTime.of(20, 30), zone);
        catalog.addOfferingIfAbsent(new NewOffering(program, code, title, zone, OfferingFormat.ONLINE, null, language,
                20, Price.free(), sessions.get(0).startsAt().minusSeconds(86_400 * 60),
                sessions.get(0).startsAt(), List.of(name), sessions, null));
        catalog.offering(code).ifPresent(o -> catalog.assignInstructor(o.card().id(), teacher));
    }

    private String city(String name) {
        return gazetteer.resolve(name).map(Place::id).orElseThrow();
    }
}
