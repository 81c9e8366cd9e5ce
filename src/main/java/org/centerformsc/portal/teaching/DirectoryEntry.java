package org.centerformsc.portal.teaching;

import java.util.Set;

/** A teacher's own directory entry as they edit it, with a consent flag per field. */
public record DirectoryEntry(String displayName, boolean listed, String bio, boolean bioPublic, Set<String> languages,
                             boolean languagesPublic, String cityId, boolean locationPublic, String website,
                             boolean websitePublic, boolean hasPhoto, boolean photoPublic, boolean online,
                             boolean inPerson) {
}
