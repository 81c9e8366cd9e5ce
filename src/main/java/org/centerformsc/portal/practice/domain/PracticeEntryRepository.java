package org.centerformsc.portal.practice.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface PracticeEntryRepository extends JpaRepository<PracticeEntry, Long> {

    List<PracticeEntry> findByMemberIdAndPracticedOnBetweenOrderByPracticedOnDesc(long memberId, LocalDate from,
                                                                                 LocalDate to);

    @Query("""
            select count(distinct p.practicedOn) from PracticeEntry p
            where p.memberId = :memberId and p.practicedOn between :from and :to""")
    int countDays(long memberId, LocalDate from, LocalDate to);

    @Query("select distinct p.practicedOn from PracticeEntry p where p.memberId = :memberId and p.practicedOn <= :to "
            + "order by p.practicedOn desc")
    List<LocalDate> daysUpTo(long memberId, LocalDate to, org.springframework.data.domain.Pageable page);

    @Query("select distinct p.practicedOn from PracticeEntry p where p.memberId = :memberId order by p.practicedOn")
    List<LocalDate> firstDays(long memberId, org.springframework.data.domain.Pageable page);
}
