package org.centerformsc.portal.development.identity;

import org.centerformsc.portal.development.DemoAccount;
import org.centerformsc.portal.development.DevelopmentAccountDirectory;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The development provider's accounts: the demo accounts, and those newcomers create on its sign-up form. They live
 * in memory only, so a restart forgets them (the portal's member records stay). Beyond them, a directory may know
 * more (the data set's members); it is asked only for names the provider does not know itself.
 */
class DevAccounts {

    private final InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
    private final Map<String, DevAccount> claims = new ConcurrentHashMap<>();
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final DevelopmentAccountDirectory directory;

    DevAccounts() {
        this(username -> Optional.empty());
    }

    DevAccounts(DevelopmentAccountDirectory directory) {
        this.directory = directory;
        for (DemoAccount demo : DemoAccount.ALL) {
            add(new DevAccount(demo.username(), demo.name(), demo.email(), demo.locale(), demo.roles(),
                    true),
                    "{noop}" + demo.username());
        }
    }

    InMemoryUserDetailsManager users() {
        return users;
    }

    /** The sign-in form's users: the provider's own, then the directory's, whose password equals the username. */
    UserDetailsService signIns() {
        return username -> {
            if (users.userExists(username)) {
                return users.loadUserByUsername(username);
            }
            return directory.find(username).map(account -> User.withUsername(account.username())
                            .password("{noop}" + account.username())
                            .roles(account.roles().toArray(String[]::new)).build())
                    .orElseThrow(() -> new UsernameNotFoundException(username));
        };
    }

    /** Whether an account has this username or e-mail address, compared without case as the user store does. */
    boolean exists(String usernameOrEmail) {
        String wanted = usernameOrEmail.strip().toLowerCase(Locale.ROOT);
        return users.userExists(wanted)
                || claims.values().stream().anyMatch(account -> wanted.equalsIgnoreCase(account.email()));
    }

    /** A newcomer's account: the e-mail address is the username, and every new account is a participant's. */
    synchronized DevAccount create(SignUpForm form, Locale language) {
        String username = form.email().strip().toLowerCase(Locale.ROOT);
        if (exists(username)) {
            throw new IllegalStateException("Taken meanwhile: " + username);
        }
        DevAccount account = new DevAccount(username, form.name().strip(), username, language.toLanguageTag(),
                Set.of(Roles.PARTICIPANT), false);
        add(account, passwords.encode(form.password()));
        return account;
    }

    Optional<DevAccount> claimsOf(String username) {
        return Optional.ofNullable(claims.get(username.toLowerCase(Locale.ROOT))).or(() -> directory.find(username)
                .map(account -> new DevAccount(account.username(), account.name(), account.email(),
                        account.locale(), account.roles(), true)));
    }

    private void add(DevAccount account, String encodedPassword) {
        users.createUser(User.withUsername(account.username()).password(encodedPassword)
                .roles(account.roles().toArray(String[]::new)).build());
        claims.put(account.username().toLowerCase(Locale.ROOT), account);
    }
}
