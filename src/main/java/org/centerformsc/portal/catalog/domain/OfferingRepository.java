package org.centerformsc.portal.catalog.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface OfferingRepository extends JpaRepository<Offering, Long>, JpaSpecificationExecutor<Offering> {

    Optional<Offering> findByCode(String code);

    long countByProgram(Program program);

    @Query("select distinct o.language from Offering o order by o.language")
    List<String> findLanguages();
}
