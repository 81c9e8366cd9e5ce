package org.centerformsc.portal.practice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What counts as a daily practice: practice logged on at least {@code requiredDays} of the last {@code windowDays}
 * days ({@code portal.practice.*}). The practice log shows it to the member; eligibility's daily-practice
 * condition asks for it.
 */
@ConfigurationProperties("portal.practice")
public record PracticeSettings(Integer requiredDays, Integer windowDays) {

    public PracticeSettings {
        requiredDays = requiredDays == null ? 20 : requiredDays;
        windowDays = windowDays == null ? 30 : windowDays;
    }
}
