package org.centerformsc.portal.catalog.domain;

import org.centerformsc.portal.catalog.ProgramStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    Optional<Program> findByCode(String code);

    boolean existsByCode(String code);

    /** One page of the programs of a status, by title (index ix_program_status_name). */
    List<Program> findByStatusOrderByNameAscIdAsc(ProgramStatus status, Pageable page);

    List<Program> findAllByOrderByNameAscIdAsc(Pageable page);

    long countByStatus(ProgramStatus status);

    /** One language's translations of every program: code, title, summary (one statement). */
    @org.springframework.data.jpa.repository.Query(value = """
            SELECT p.code, t.name, t.summary FROM program_translation t JOIN program p ON p.id = t.program_id
            WHERE t.language = :language""", nativeQuery = true)
    java.util.List<Object[]> translationsIn(String language);
}
