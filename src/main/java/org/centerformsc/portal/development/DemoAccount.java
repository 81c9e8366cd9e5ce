package org.centerformsc.portal.development;

import org.centerformsc.portal.security.Roles;

import java.util.List;
import java.util.Set;

/**
 * An account of the development identity provider. The same four exist in docker/'s Keycloak realm.
 * Password equals username: these accounts exist only in the embedded default, never in production.
 */
public record DemoAccount(String username, String name, String email, String locale, Set<String> roles) {

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("participant", "Alex Morgan", "participant@demo.centerformsc.invalid", "en-US",
                    Set.of(Roles.PARTICIPANT)),
            new DemoAccount("teacher", "Jordan Ellis", "teacher@demo.centerformsc.invalid", "en-US",
                    Set.of(Roles.PARTICIPANT, Roles.TEACHER)),
            new DemoAccount("donor", "Robin Hayes", "donor@demo.centerformsc.invalid", "en-US",
                    Set.of(Roles.PARTICIPANT, Roles.DONOR)),
            new DemoAccount("staff", "Casey Brooks", "staff@demo.centerformsc.invalid", "en-US",
                    Set.of(Roles.PARTICIPANT, Roles.STAFF)));
}
