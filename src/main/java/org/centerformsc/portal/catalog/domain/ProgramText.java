package org.centerformsc.portal.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A program's title and summary in one language (program_translation). */
@Embeddable
public class ProgramText {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 2000)
    private String summary;

    protected ProgramText() {
    }

    public ProgramText(String name, String summary) {
        this.name = name;
        this.summary = summary;
    }

    public String getName() {
        return name;
    }

    public String getSummary() {
        return summary;
    }
}
