package org.centerformsc.portal.catalog;

import java.util.List;

/** A program as staff keep it; {@code languages} are BCP-47 codes in the portal's order of languages. */
public record ProgramDetails(String code, String title, String summary, String description, List<String> languages,
                             ProgramLevel level, ProgramStatus status) {

    public boolean active() {
        return status == ProgramStatus.ACTIVE;
    }
}
