package org.centerformsc.portal.giving.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

public interface CampaignRepository extends JpaRepository<Campaign, String> {

    @Query("""
            select c from Campaign c where c.active = true and c.startsOn <= :day
            and (c.endsOn is null or c.endsOn >= :day) order by c.startsOn desc, c.name""")
    List<Campaign> openOn(LocalDate day);

    List<Campaign> findAllByOrderByActiveDescStartsOnDescCodeAsc(Pageable page);
}
