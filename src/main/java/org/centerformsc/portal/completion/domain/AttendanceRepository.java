package org.centerformsc.portal.completion.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    List<Attendance> findByKeyOfferingId(long offeringId);

    /** Per member, the sessions (of those starting at {@code sessionStarts}) they were marked present at. */
    @Query("""
            select a.key.memberId as memberId, count(a) as present from Attendance a
            where a.key.offeringId = :offeringId and a.key.memberId in :memberIds
            and a.key.sessionStartsAt in :sessionStarts and a.present = true
            group by a.key.memberId""")
    List<PresentCount> countPresent(long offeringId, Collection<Long> memberIds, Collection<Instant> sessionStarts);

    interface PresentCount {
        long getMemberId();

        long getPresent();
    }
}
