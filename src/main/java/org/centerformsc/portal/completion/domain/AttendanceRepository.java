package org.centerformsc.portal.completion.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface AttendanceRepository extends JpaRepository<Attendance, Attendance.Key> {

    List<Attendance> findByKeyOfferingId(long offeringId);
}
