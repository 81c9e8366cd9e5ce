package org.centerformsc.portal.catalog;

import java.util.Set;

/**
 * What staff type into the program form; {@link ProgramService} checks it before anything is stored. The code is
 * given once, when the program is created, and names the program to update after that.
 */
public record ProgramDraft(String code, String title, String summary, String description, Set<String> languages,
                           ProgramLevel level) {

    public static ProgramDraft of(ProgramDetails program) {
        return new ProgramDraft(program.code(), program.title(), program.summary(), program.description(),
                Set.copyOf(program.languages()), program.level());
    }
}
