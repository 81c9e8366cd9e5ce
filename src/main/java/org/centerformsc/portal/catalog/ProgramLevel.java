package org.centerformsc.portal.catalog;

/** Where a program sits on a member's path: a core course anyone may start with, or an advanced one. */
public enum ProgramLevel {
    CORE, ADVANCED
}
