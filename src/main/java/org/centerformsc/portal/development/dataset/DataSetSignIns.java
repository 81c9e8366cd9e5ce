package org.centerformsc.portal.development.dataset;

import org.centerformsc.portal.development.DemoAccount;
import org.centerformsc.portal.development.DevelopmentAccountDirectory;
import org.centerformsc.portal.development.DevelopmentIdentityProvider;
import org.centerformsc.portal.security.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The data set's members as accounts of the development identity provider: {@code member-N} signs in with the
 * password {@code member-N} as the participant they are in the data set, with the name, e-mail address and
 * language of their row (so a sign-in changes nothing of it). The load test's members (docs/decisions/029).
 */
@Component
@Profile("dataset & !prod")
class DataSetSignIns implements DevelopmentAccountDirectory {

    private static final Pattern MEMBER = Pattern.compile("member-[1-9][0-9]{0,6}");

    private final JdbcTemplate jdbc;
    private final ObjectProvider<DevelopmentIdentityProvider> provider;

    /** The provider is looked up at sign-in: it is itself made with this directory. */
    DataSetSignIns(JdbcTemplate jdbc, ObjectProvider<DevelopmentIdentityProvider> provider) {
        this.jdbc = jdbc;
        this.provider = provider;
    }

    @Override
    public Optional<DemoAccount> find(String username) {
        if (username == null || !MEMBER.matcher(username).matches()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT display_name, email, locale FROM member WHERE issuer = ? AND subject = ?",
                (row, n) -> new DemoAccount(username, row.getString(1), row.getString(2), row.getString(3),
                        Set.of(Roles.PARTICIPANT)),
                provider.getObject().issuer(), username).stream().findFirst();
    }
}
