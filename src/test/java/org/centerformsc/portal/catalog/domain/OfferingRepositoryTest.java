package org.centerformsc.portal.catalog.domain;

import org.centerformsc.portal.catalog.OfferingStatus;
import jakarta.persistence.EntityManager;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.catalog.OfferingFormat;
import org.centerformsc.portal.catalog.Price;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Flyway schema against the entities, on the real MariaDB: instants and zones come back exactly. */
@IntegrationTest
@Transactional
class OfferingRepositoryTest {

    @Autowired
    ProgramRepository programs;

    @Autowired
    OfferingRepository offerings;

    @Autowired
    EntityManager entityManager;

    @Test
    void storesSessionsAsInstantsWithTheOfferingsZone() {
        Program program = programs.save(new Program("REPO-TEST", "Repository test", "For a test"));
        Instant start = Instant.parse("2026-02-25T16:00:00.123456Z");
        offerings.save(new Offering(program, "REPO-TEST-1", "Workshop", ZoneId.of("America/Los_Angeles"),
                OfferingFormat.ONLINE, null, "en", 10,
                new Price("USD", 9500, 8000L, Instant.parse("2026-02-01T08:00:00Z")),
                Instant.parse("2026-01-01T00:00:00Z"), start, List.of("Chris Germer", "Kristin Neff"),
                List.of(new Session(start.plusSeconds(7 * 86400), start.plusSeconds(7 * 86400 + 3600)),
                        new Session(start, start.plusSeconds(3 * 3600))), "https://meet.example.org/1"));
        entityManager.flush();
        entityManager.clear();

        Offering loaded = offerings.findByCode("REPO-TEST-1").orElseThrow();
        assertThat(loaded.getZone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
        assertThat(loaded.firstSessionStart()).isEqualTo(start);
        assertThat(loaded.getSessions()).hasSize(2);
        assertThat(loaded.getTeachers()).containsExactly("Chris Germer", "Kristin Neff");
        assertThat(loaded.getPrice().dueAt(Instant.parse("2026-01-15T00:00:00Z"))).isEqualTo(8000);
    }

    @Test
    void offeringCodesAreUnique() {
        Program program = programs.save(new Program("REPO-UNIQUE", "Unique test", "For a test"));
        Instant start = Instant.parse("2027-01-01T10:00:00Z");
        offerings.saveAndFlush(offering(program, "REPO-UNIQUE-1", start));

        assertThatThrownBy(() -> offerings.saveAndFlush(offering(program, "REPO-UNIQUE-1", start)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aHybridRunIsFoundByOnlineAndInPersonSearchesACancelledOneAndADraftAreNotListed() {
        Program program = programs.save(new Program("REPO-HYBRID", "Hybrid test", "For a test"));
        Instant start = Instant.parse("2027-02-01T10:00:00Z");
        offerings.save(new Offering(program, "REPO-HYBRID-1", "Hybrid", ZoneId.of("UTC"), OfferingFormat.HYBRID,
                "Utrecht", "nl", null, Price.free(), start.minusSeconds(86400), start, List.of(),
                List.of(new Session(start, start.plusSeconds(3600))), "https://meet.example.org/h"));
        Offering cancelled = offering(program, "REPO-HYBRID-2", start);
        offerings.save(new Offering(OfferingStatus.DRAFT, program, "REPO-HYBRID-3", "Draft", ZoneId.of("UTC"),
                OfferingFormat.IN_PERSON, "Utrecht", "nl", null, Price.free(), start.minusSeconds(86400), start,
                List.of(), List.of(new Session(start, start.plusSeconds(3600))), null));
        offerings.saveAndFlush(cancelled);
        cancelled.cancel("Not enough interest", start);
        offerings.saveAndFlush(cancelled);

        assertThat(codes(OfferingFormat.ONLINE)).containsExactly("REPO-HYBRID-1");
        assertThat(codes(OfferingFormat.IN_PERSON)).containsExactly("REPO-HYBRID-1");
        assertThat(entityManager.createNativeQuery("SELECT cancel_reason FROM offering WHERE code = 'REPO-HYBRID-2'")
                .getSingleResult()).isEqualTo("Not enough interest");
    }

    @Test
    void publishedRunsWhoseLastSessionEndedAreCompletedAndNothingElse() {
        Program program = programs.save(new Program("REPO-DONE", "Completion test", "For a test"));
        Instant now = Instant.parse("2027-03-01T12:00:00Z");
        // each offering here has one session of an hour
        Offering ended = offerings.save(offering(program, "REPO-DONE-1", now.minusSeconds(7200)));
        Offering endsNow = offerings.save(offering(program, "REPO-DONE-2", now.minusSeconds(3600)));
        Offering running = offerings.save(offering(program, "REPO-DONE-3", now.minusSeconds(1800)));
        Offering cancelled = offering(program, "REPO-DONE-4", now.minusSeconds(7200));
        cancelled.cancel("Nobody came", now.minusSeconds(86400));
        offerings.save(cancelled);
        offerings.flush();

        int completed = offerings.completeEnded(now);
        entityManager.clear();

        // other tests' runs in the shared database may have ended too (this transaction is rolled back)
        assertThat(completed).isGreaterThanOrEqualTo(2);
        assertThat(offerings.findStatusById(ended.getId())).contains(OfferingStatus.COMPLETED);
        assertThat(offerings.findStatusById(endsNow.getId())).contains(OfferingStatus.COMPLETED);
        assertThat(offerings.findStatusById(running.getId())).contains(OfferingStatus.PUBLISHED);
        assertThat(offerings.findStatusById(cancelled.getId())).contains(OfferingStatus.CANCELLED);
        assertThat(offerings.completeEnded(now)).as("a second node finds nothing left").isZero();
    }

    private List<String> codes(OfferingFormat format) {
        return offerings.findAll(OfferingSpecifications.matching(new org.centerformsc.portal.catalog.OfferingFilter(
                "REPO-HYBRID", format, null, null, null, null, null))).stream().map(Offering::getCode).sorted().toList();
    }

    private static Offering offering(Program program, String code, Instant start) {
        return new Offering(program, code, "Title", ZoneId.of("UTC"), OfferingFormat.IN_PERSON, "Utrecht", "nl", null,
                Price.free(), start.minusSeconds(86400), start, List.of(),
                List.of(new Session(start, start.plusSeconds(3600))), null);
    }
}
