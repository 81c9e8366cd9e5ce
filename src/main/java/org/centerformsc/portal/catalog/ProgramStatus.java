package org.centerformsc.portal.catalog;

/** An archived program takes no new offerings; the offerings it already has stay as they are. */
public enum ProgramStatus {
    ACTIVE, ARCHIVED
}
