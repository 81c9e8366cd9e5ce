package org.centerformsc.portal.records.ui;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Roles as staff read them: "Participant, Teacher", or that the member has not signed in yet (roles unknown). */
final class RoleNames {

    private RoleNames() {
    }

    static String of(Set<String> roles, Function<String, String> translate) {
        return roles.isEmpty() ? translate.apply("records.role.none") : roles.stream()
                .map(role -> translate.apply("records.role." + role)).collect(Collectors.joining(", "));
    }
}
