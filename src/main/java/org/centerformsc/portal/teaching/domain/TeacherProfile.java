package org.centerformsc.portal.teaching.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A teacher's directory entry. Every field but the name has its own consent flag; the location is a city with
 * its coordinates (from the gazetteer), never an address.
 */
@Entity
@Table(name = "teacher_profile")
public class TeacherProfile {

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Version
    private long version;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private boolean listed;

    private String bio;

    @Column(name = "bio_public", nullable = false)
    private boolean bioPublic;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "teacher_language", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "language_code")
    private Set<String> languages = new TreeSet<>();

    @Column(name = "languages_public", nullable = false)
    private boolean languagesPublic;

    @Column(name = "city_id")
    private String cityId;

    @Column(name = "city_name")
    private String cityName;

    private String region;

    @Column(name = "country_code")
    private String countryCode;

    private Double latitude;

    private Double longitude;

    @Column(name = "location_public", nullable = false)
    private boolean locationPublic;

    private String website;

    @Column(name = "website_public", nullable = false)
    private boolean websitePublic;

    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] photo;

    @Column(name = "photo_type")
    private String photoType;

    @Column(name = "photo_public", nullable = false)
    private boolean photoPublic;

    @Column(name = "teaches_online", nullable = false)
    private boolean teachesOnline;

    @Column(name = "teaches_in_person", nullable = false)
    private boolean teachesInPerson;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TeacherProfile() {
    }

    /** A new entry starts unlisted with every field private: nothing is public until the teacher says so. */
    public TeacherProfile(long memberId, String displayName, Instant now) {
        this.memberId = memberId;
        this.displayName = displayName;
        this.updatedAt = now;
    }

    public void describe(String displayName, String bio, Set<String> languages, String website, boolean online,
                         boolean inPerson, Instant now) {
        this.displayName = displayName;
        this.bio = bio;
        this.languages.clear();
        this.languages.addAll(languages);
        this.website = website;
        this.teachesOnline = online;
        this.teachesInPerson = inPerson;
        this.updatedAt = now;
    }

    public void locate(String cityId, String cityName, String region, String countryCode, Double latitude,
                       Double longitude) {
        this.cityId = cityId;
        this.cityName = cityName;
        this.region = region;
        this.countryCode = countryCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void consent(boolean listed, boolean bio, boolean languages, boolean location, boolean website,
                        boolean photo) {
        this.listed = listed;
        this.bioPublic = bio;
        this.languagesPublic = languages;
        this.locationPublic = location;
        this.websitePublic = website;
        this.photoPublic = photo;
    }

    public void unlist(Instant now) {
        this.listed = false;
        this.updatedAt = now;
    }

    public void photo(byte[] content, String type, Instant now) {
        this.photo = content;
        this.photoType = content == null ? null : type;
        this.updatedAt = now;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isListed() {
        return listed;
    }

    public String getBio() {
        return bio;
    }

    public boolean isBioPublic() {
        return bioPublic;
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public boolean isLanguagesPublic() {
        return languagesPublic;
    }

    public String getCityId() {
        return cityId;
    }

    public String getCityName() {
        return cityName;
    }

    public String getRegion() {
        return region;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public boolean isLocationPublic() {
        return locationPublic;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isWebsitePublic() {
        return websitePublic;
    }

    public byte[] getPhoto() {
        return photo;
    }

    public String getPhotoType() {
        return photoType;
    }

    public boolean isPhotoPublic() {
        return photoPublic;
    }

    public boolean isTeachesOnline() {
        return teachesOnline;
    }

    public boolean isTeachesInPerson() {
        return teachesInPerson;
    }
}
