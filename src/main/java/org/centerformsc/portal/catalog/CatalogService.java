package org.centerformsc.portal.catalog;

import org.centerformsc.portal.catalog.domain.Offering;
import org.centerformsc.portal.catalog.domain.OfferingRepository;
import org.centerformsc.portal.catalog.domain.Program;
import org.centerformsc.portal.catalog.domain.ProgramRepository;
import org.centerformsc.portal.catalog.domain.Session;
import org.centerformsc.portal.security.Roles;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.NoSuchElementException;

/** The programs CMSC teaches and their scheduled offerings. */
@Service
public class CatalogService {

    private final ProgramRepository programs;
    private final OfferingRepository offerings;

    CatalogService(ProgramRepository programs, OfferingRepository offerings) {
        this.programs = programs;
        this.offerings = offerings;
    }

    @Transactional(readOnly = true)
    public List<ProgramSummary> programs() {
        return programs.findAll(Sort.by("name")).stream()
                .map(program -> new ProgramSummary(program.getCode(), program.getName(), program.getSummary(),
                        offerings.countByProgram(program)))
                .toList();
    }

    /** Idempotent by program code: an existing program is left as it is. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void addProgramIfAbsent(NewProgram program) {
        if (programs.findByCode(program.code()).isEmpty()) {
            programs.save(new Program(program.code(), program.name(), program.summary()));
        }
    }

    /** Idempotent by offering code: an existing offering is left as it is. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void addOfferingIfAbsent(NewOffering offering) {
        if (offerings.findByCode(offering.code()).isPresent()) {
            return;
        }
        Program program = programs.findByCode(offering.programCode())
                .orElseThrow(() -> new NoSuchElementException("No program " + offering.programCode()));
        offerings.save(new Offering(program, offering.code(), offering.title(), offering.zone(), offering.format(),
                offering.venue(), offering.language(), offering.capacity(), offering.price(),
                offering.registrationOpensAt(), offering.registrationClosesAt(), offering.teachers(),
                offering.sessions().stream().map(time -> new Session(time.startsAt(), time.endsAt())).toList()));
    }
}
