package org.centerformsc.portal.teaching.domain;

import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.places.GreatCircle;
import org.centerformsc.portal.places.Place;
import org.centerformsc.portal.teaching.DeliveryMode;
import org.centerformsc.portal.teaching.DirectoryCard;
import org.centerformsc.portal.teaching.DirectoryQuery;
import org.centerformsc.portal.teaching.TrainingLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory query in SQL: a latitude/longitude box the index can use, then the exact great-circle distance.
 * Conditions on a field apply only where the teacher made that field public, so a filter never reveals a
 * private value (a teacher whose languages are private is not found by language).
 */
@Repository
public class DirectorySearch {

    private static final String DISTANCE = """
            (2 * %s * ASIN(LEAST(1, SQRT(POWER(SIN(RADIANS(p.latitude - :lat) / 2), 2)
             + COS(RADIANS(:lat)) * COS(RADIANS(p.latitude)) * POWER(SIN(RADIANS(p.longitude - :lon) / 2), 2)))))"""
            .formatted(GreatCircle.EARTH_RADIUS_KM);
    private static final String LEVEL = "COALESCE(s.training_level, 'IN_TRAINING')";

    private final JdbcClient jdbc;

    DirectorySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DirectoryCard> search(DirectoryQuery query, Place near, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, near, params);
        String distance = near == null ? "NULL" : "CASE WHEN p.location_public THEN " + DISTANCE + " END";
        String order = near == null ? "p.display_name, p.member_id"
                : "distance_km IS NULL, distance_km, p.display_name, p.member_id";
        params.put("limit", limit);
        params.put("offset", offset);
        List<Row> rows = jdbc.sql("""
                        SELECT p.member_id, p.display_name, %s AS level, p.location_public, p.city_name,
                               p.country_code, p.languages_public, p.teaches_online, p.teaches_in_person,
                               (p.photo_public AND p.photo IS NOT NULL) AS has_photo, %s AS distance_km
                        FROM teacher_profile p LEFT JOIN teacher_standing s ON s.member_id = p.member_id
                        WHERE %s
                        ORDER BY %s
                        LIMIT :limit OFFSET :offset""".formatted(LEVEL, distance, where, order))
                .params(params)
                .query((rs, i) -> new Row(rs.getLong("member_id"), rs.getString("display_name"),
                        TrainingLevel.valueOf(rs.getString("level")), rs.getBoolean("location_public"),
                        rs.getString("city_name"), rs.getString("country_code"), rs.getBoolean("languages_public"),
                        rs.getBoolean("teaches_online"), rs.getBoolean("teaches_in_person"),
                        rs.getBoolean("has_photo"), (Double) rs.getObject("distance_km", Double.class)))
                .list();
        Map<Long, List<String>> languages = publicLanguages(rows);
        return rows.stream().map(r -> new DirectoryCard(new MemberId(r.memberId), r.name, r.level,
                r.locationPublic ? r.city : null, r.locationPublic ? r.country : null, r.distanceKm,
                languages.getOrDefault(r.memberId, List.of()), r.online, r.inPerson, r.hasPhoto)).toList();
    }

    public long count(DirectoryQuery query, Place near) {
        Map<String, Object> params = new HashMap<>();
        String where = where(query, near, params);
        return jdbc.sql("SELECT COUNT(*) FROM teacher_profile p LEFT JOIN teacher_standing s ON s.member_id = "
                        + "p.member_id WHERE " + where)
                .params(params).query(Long.class).single();
    }

    private static String where(DirectoryQuery query, Place near, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>(List.of("p.listed"));
        if (query.name() != null && !query.name().isBlank()) {
            conditions.add("p.display_name LIKE :name ESCAPE '!'");
            params.put("name", "%" + query.name().strip().replace("!", "!!").replace("%", "!%").replace("_", "!_")
                    + "%");
        }
        if (query.level() != null) {
            conditions.add(LEVEL + " = :level");
            params.put("level", query.level().name());
        }
        if (query.language() != null && !query.language().isBlank()) {
            conditions.add("p.languages_public AND EXISTS (SELECT 1 FROM teacher_language l "
                    + "WHERE l.member_id = p.member_id AND l.language_code = :language)");
            params.put("language", query.language());
        }
        if (query.mode() == DeliveryMode.ONLINE) {
            conditions.add("p.teaches_online");
        } else if (query.mode() == DeliveryMode.IN_PERSON) {
            conditions.add("p.teaches_in_person");
        }
        if (near != null) {
            params.put("lat", near.latitude());
            params.put("lon", near.longitude());
            if (query.withinKm() != null) {
                conditions.add(within(near, query.withinKm(), params));
            }
        }
        return String.join(" AND ", conditions);
    }

    private static String within(Place near, int km, Map<String, Object> params) {
        GreatCircle.Box box = GreatCircle.boxAround(near.latitude(), near.longitude(), km);
        params.put("minLat", box.minLat());
        params.put("maxLat", box.maxLat());
        params.put("km", km);
        String longitude;
        if (box.crossesAntimeridian()) {
            // the box wraps around: longitudes on the far side are shifted by a full turn
            params.put("minLon", Math.max(-180, box.minLon()));
            params.put("maxLon", Math.min(180, box.maxLon()));
            params.put("wrapMin", box.minLon() < -180 ? box.minLon() + 360 : 181);
            params.put("wrapMax", box.maxLon() > 180 ? box.maxLon() - 360 : -181);
            longitude = "(p.longitude BETWEEN :minLon AND :maxLon OR p.longitude >= :wrapMin "
                    + "OR p.longitude <= :wrapMax)";
        } else {
            params.put("minLon", box.minLon());
            params.put("maxLon", box.maxLon());
            longitude = "p.longitude BETWEEN :minLon AND :maxLon";
        }
        return "p.location_public AND p.latitude BETWEEN :minLat AND :maxLat AND " + longitude + " AND "
                + DISTANCE + " <= :km";
    }

    private Map<Long, List<String>> publicLanguages(List<Row> rows) {
        List<Long> ids = rows.stream().filter(r -> r.languagesPublic).map(r -> r.memberId).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> languages = new HashMap<>();
        jdbc.sql("SELECT member_id, language_code FROM teacher_language WHERE member_id IN (:ids) "
                        + "ORDER BY language_code")
                .param("ids", ids)
                .query((rs, i) -> languages.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return languages;
    }

    private record Row(long memberId, String name, TrainingLevel level, boolean locationPublic, String city,
                       String country, boolean languagesPublic, boolean online, boolean inPerson, boolean hasPhoto,
                       Double distanceKm) {
    }
}
