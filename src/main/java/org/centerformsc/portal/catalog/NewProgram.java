package org.centerformsc.portal.catalog;

public record NewProgram(String code, String name, String summary) {
}
