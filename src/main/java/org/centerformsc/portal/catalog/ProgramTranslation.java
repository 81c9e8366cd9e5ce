package org.centerformsc.portal.catalog;

/** A program's title and short description in one language, as staff wrote them. */
public record ProgramTranslation(String title, String summary) {
}
