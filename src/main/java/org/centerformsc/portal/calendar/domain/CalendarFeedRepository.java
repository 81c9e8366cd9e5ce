package org.centerformsc.portal.calendar.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface CalendarFeedRepository extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByToken(String token);
}
