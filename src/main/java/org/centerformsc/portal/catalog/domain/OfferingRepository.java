package org.centerformsc.portal.catalog.domain;

import org.centerformsc.portal.catalog.OfferingStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface OfferingRepository extends JpaRepository<Offering, Long>, JpaSpecificationExecutor<Offering>,
        OfferingIds {

    Optional<Offering> findByCode(String code);

    @Query("select o.program.id, count(o) from Offering o group by o.program.id")
    List<Object[]> countPerProgram();

    boolean existsByCode(String code);

    @Query("select o.status from Offering o where o.id = :id")
    Optional<OfferingStatus> findStatusById(long id);

    /** Published runs whose last session ended by then are completed: one statement, the same on any node. */
    @Modifying
    @Query("""
            update Offering o set o.status = org.centerformsc.portal.catalog.OfferingStatus.COMPLETED
            where o.status = org.centerformsc.portal.catalog.OfferingStatus.PUBLISHED and o.lastSessionAt <= :now""")
    int completeEnded(Instant now);

    /** Teachers' proposals waiting for staff, oldest first. */
    List<Offering> findByStatusOrderByIdAsc(OfferingStatus status, org.springframework.data.domain.Pageable page);

    long countByStatus(OfferingStatus status);

    /** What a teacher proposed (any state), newest first. */
    List<Offering> findByProposedByOrderByIdDesc(Long teacher);

    /** Runs a member teaches or taught: published or completed, never a draft, a proposal or a cancelled run. */
    @Query("""
            select o from Offering o where :memberId member of o.instructors
            and o.status in (org.centerformsc.portal.catalog.OfferingStatus.PUBLISHED,
                             org.centerformsc.portal.catalog.OfferingStatus.COMPLETED)
            order by o.firstSessionAt""")
    List<Offering> findTaughtBy(Long memberId);

    @Query("""
            select o from Offering o where o.program.code = :programCode and o.status = 'PUBLISHED'
            and o.firstSessionAt > :after order by o.firstSessionAt""")
    List<Offering> findUpcomingOf(String programCode, java.time.Instant after);

    @Query("""
            select o from Offering o where lower(o.title) like lower(concat('%', :text, '%'))
            or lower(o.code) like lower(concat('%', :text, '%')) order by o.firstSessionAt desc""")
    List<Offering> search(String text, org.springframework.data.domain.Pageable page);

    /** Offerings with their program, sessions and teachers in one statement (one row per session and teacher). */
    @Query("""
            select distinct o from Offering o join fetch o.program left join fetch o.sessions
            left join fetch o.teachers where o.id in :ids""")
    List<Offering> findWithScheduleByIdIn(java.util.Collection<Long> ids);

    /** The ids of the next {@code perProgram} published offerings of each program starting after {@code after}. */
    @Query(value = """
            SELECT x.id FROM (
                SELECT o.id, ROW_NUMBER() OVER (PARTITION BY o.program_id ORDER BY o.first_session_at, o.id) AS n
                FROM offering o JOIN program p ON p.id = o.program_id
                WHERE p.code IN (:programCodes) AND o.status = 'PUBLISHED' AND o.first_session_at > :after
            ) x WHERE x.n <= :perProgram""", nativeQuery = true)
    List<Long> findNextIdsOf(java.util.Collection<String> programCodes, java.time.LocalDateTime after, int perProgram);

    /** Every offering, newest first, with nothing to match: read in order from ix_offering_newest. */
    @Query("select o from Offering o order by o.firstSessionAt desc, o.id desc")
    List<Offering> findNewest(org.springframework.data.domain.Pageable page);

    @Query("select distinct o.language from Offering o order by o.language")
    List<String> findLanguages();
}
