package org.centerformsc.portal.eligibility;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Rules to and from the JSON they are stored as (docs/decisions/006). Staff build rules in the editor; what a rule
 * must satisfy before it is saved is checked by {@link PrerequisiteService}.
 */
public final class RuleFormat {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RuleFormat() {
    }

    public static String toJson(Rule rule) {
        try {
            return JSON.writeValueAsString(rule);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a rule that was checked when it was saved (programs are never removed, so it stays valid). */
    public static Rule read(String json) {
        try {
            return JSON.readValue(json, Rule.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a rule the portal understands: " + e.getOriginalMessage(), e);
        }
    }
}
