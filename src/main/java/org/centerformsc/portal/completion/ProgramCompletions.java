package org.centerformsc.portal.completion;

/** How many verified completions of a program fall in a period. */
public record ProgramCompletions(String programCode, long completions) {
}
