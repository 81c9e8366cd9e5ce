package org.centerformsc.portal.practice.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PracticeReminderRepository extends JpaRepository<PracticeReminder, Long> {
}
