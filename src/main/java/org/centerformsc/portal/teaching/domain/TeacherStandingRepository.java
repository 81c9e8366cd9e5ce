package org.centerformsc.portal.teaching.domain;

import org.centerformsc.portal.teaching.PathwayStage;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface TeacherStandingRepository extends JpaRepository<TeacherStanding, Long> {

    /** Staff overview: by stage (null = all) and only those past a deadline when overdueBefore is set. */
    @Query("""
            select s from TeacherStanding s
            where (:stage is null or s.stage = :stage)
              and (:overdueBefore is null or s.nextDueOn < :overdueBefore)
            order by case when s.nextDueOn is null then 1 else 0 end, s.nextDueOn, s.memberId""")
    List<TeacherStanding> overview(PathwayStage stage, LocalDate overdueBefore, Pageable page);

    @Query("""
            select count(s) from TeacherStanding s
            where (:stage is null or s.stage = :stage)
              and (:overdueBefore is null or s.nextDueOn < :overdueBefore)""")
    long countOverview(PathwayStage stage, LocalDate overdueBefore);

    @Query("select s.memberId from TeacherStanding s order by s.memberId")
    List<Long> allMemberIds(Pageable page);

    /** Standings whose next deadline is a renewal due on one of these days (a renewal implies certification). */
    @Query("""
            select s from TeacherStanding s
            where s.nextDueKind = org.centerformsc.portal.teaching.Pathway.DeadlineKind.RENEWAL
              and s.nextDueOn in :days
            order by s.memberId""")
    List<TeacherStanding> renewalsDueOn(Collection<LocalDate> days);
}
