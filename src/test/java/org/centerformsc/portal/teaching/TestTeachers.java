package org.centerformsc.portal.teaching;

import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.NewProgram;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.completion.CompletionService;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.places.Gazetteer;
import org.centerformsc.portal.security.Roles;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/**
 * Teachers for tests, built the way real ones are: verified completions, courses taught, consultations and their
 * own directory entry. Each test class makes its own; a random tag in every name keeps tests apart in the shared
 * database (a name search for the tag finds only that test's teachers).
 */
public final class TestTeachers {

    public final String tag = "Tq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    private final MemberService members;
    private final CompletionService completions;
    private final PathwayService pathway;
    private final DirectoryService directory;
    private final CatalogService catalog;
    private final Gazetteer gazetteer;

    /** Takes the services from the test's application context. */
    public TestTeachers(ApplicationContext context) {
        this.members = context.getBean(MemberService.class);
        this.completions = context.getBean(CompletionService.class);
        this.pathway = context.getBean(PathwayService.class);
        this.directory = context.getBean(DirectoryService.class);
        this.catalog = context.getBean(CatalogService.class);
        this.gazetteer = context.getBean(Gazetteer.class);
        TestLogins.asStaff(() -> {
            catalog.addProgramIfAbsent(new NewProgram("MSC", "Mindful Self-Compassion", "8 weeks"));
            catalog.addProgramIfAbsent(new NewProgram("SILENT-RETREAT", "MSC Silent Retreat", "5 days"));
            catalog.addProgramIfAbsent(new NewProgram("TEACHER-TRAINING", "MSC Teacher Training", "12 weeks"));
            return null;
        });
    }

    /** A signed-up member with the teacher role, named "first tag". */
    public OAuth2AuthenticationToken teacher(String firstName) {
        return TestLogins.signedUp(members, firstName + " " + tag, Roles.TEACHER);
    }

    public MemberId id(OAuth2AuthenticationToken token) {
        return TestLogins.as(token, members::currentMemberId);
    }

    public String nameOf(OAuth2AuthenticationToken token) {
        return TestLogins.as(token, () -> members.currentProfile().orElseThrow().displayName());
    }

    /** A listed entry with everything public, in the given city. */
    public DirectoryEntry publicEntry(OAuth2AuthenticationToken token, String city, String... languages) {
        return new DirectoryEntry(nameOf(token), true, "Teaching MSC in " + city + ".", true, Set.of(languages),
                true, cityId(city), true, "https://example.org/" + tag, true, false, false, true, true);
    }

    public void save(OAuth2AuthenticationToken token, DirectoryEntry entry) {
        TestLogins.as(token, () -> {
            directory.saveMyEntry(entry);
            return null;
        });
    }

    public String cityId(String city) {
        return gazetteer.resolve(city).orElseThrow().id();
    }

    /** MSC, retreat and teacher training on record: trained, supervised teaching ahead. */
    public void trained(MemberId teacher, LocalDate trainingDay) {
        TestLogins.asStaff(() -> {
            completions.recordVerified(teacher, "MSC", null, trainingDay.minusYears(2));
            completions.recordVerified(teacher, "SILENT-RETREAT", null, trainingDay.minusMonths(4));
            completions.recordVerified(teacher, "TEACHER-TRAINING", null, trainingDay);
            return pathway.track(teacher);
        });
    }

    /** Trained, then two MSC courses co-taught and ten mentor consultations: certified on the last of those. */
    public void certified(MemberId teacher, LocalDate trainingDay) {
        trained(teacher, trainingDay);
        coTaught(teacher, trainingDay.plusMonths(3));
        coTaught(teacher, trainingDay.plusMonths(6));
        consultations(teacher, trainingDay.plusMonths(1), 10);
    }

    public void consultations(MemberId teacher, LocalDate first, int count) {
        TestLogins.asStaff(() -> {
            for (int i = 0; i < count; i++) {
                pathway.recordVerified(teacher, EvidenceKind.CONSULTATION, first.plusWeeks(i), "Mentor " + tag, 0);
            }
            return pathway.track(teacher);
        });
    }

    /** A one-session MSC course on that day with the teacher as instructor. */
    public OfferingId coTaught(MemberId teacher, LocalDate day) {
        OfferingId offering = TestOffering.offering().program("MSC")
                .registration(day.minusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        day.atStartOfDay(ZoneOffset.UTC).toInstant())
                .firstSessionAt(day.atTime(16, 0).toInstant(ZoneOffset.UTC)).create(catalog);
        TestLogins.asStaff(() -> {
            catalog.assignInstructor(offering, teacher);
            return pathway.track(teacher);
        });
        return offering;
    }
}
