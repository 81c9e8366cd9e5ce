package org.centerformsc.portal.eligibility;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The daily-practice condition: practice logged on at least {@code practiceDays} of the last {@code windowDays}
 * days ({@code portal.eligibility.*}).
 */
@ConfigurationProperties("portal.eligibility")
public record EligibilitySettings(Integer practiceDays, Integer windowDays) {

    public EligibilitySettings {
        practiceDays = practiceDays == null ? 20 : practiceDays;
        windowDays = windowDays == null ? 30 : windowDays;
    }
}
