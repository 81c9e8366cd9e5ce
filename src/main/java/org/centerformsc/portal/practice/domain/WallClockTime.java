package org.centerformsc.portal.practice.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.time.LocalTime;

/**
 * A time of day written to a TIME column as the text it is ("07:30:00"). Hibernate would bind a {@link LocalTime}
 * through the JDBC time zone setting (UTC) and so shift it by the JVM's own offset; the reminder job reads the column
 * with plain SQL, which must see the member's 07:30.
 */
@Converter
class WallClockTime implements AttributeConverter<LocalTime, String> {

    @Override
    public String convertToDatabaseColumn(LocalTime time) {
        return time == null ? null : time.toString().length() == 5 ? time + ":00" : time.toString();
    }

    @Override
    public LocalTime convertToEntityAttribute(String text) {
        return text == null ? null : LocalTime.parse(text);
    }
}
