package org.centerformsc.portal.catalog;

/** A program as seed data gives it, taught in English until staff add languages. */
public record NewProgram(String code, String name, String summary, ProgramLevel level) {

    /** A core course. */
    public NewProgram(String code, String name, String summary) {
        this(code, name, summary, ProgramLevel.CORE);
    }
}
