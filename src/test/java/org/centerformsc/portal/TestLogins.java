package org.centerformsc.portal;

import org.centerformsc.portal.security.Roles;
import org.centerformsc.portal.security.SystemAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Signed-in OIDC users for tests, shaped like the ones a real login produces. */
public final class TestLogins {

    public static final String ISSUER = "https://id.test.centerformsc.invalid";

    private TestLogins() {
    }

    public static OAuth2AuthenticationToken token(String subject, String name, String... roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + Roles.PARTICIPANT));
        for (String role : roles) {
            authorities.add(new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + role));
        }
        OidcIdToken idToken = new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(3600),
                Map.of("iss", ISSUER, "sub", subject, "name", name, "email", email(subject), "locale", "en-US"));
        DefaultOidcUser user = new DefaultOidcUser(authorities, idToken, "sub");
        return new OAuth2AuthenticationToken(user, authorities, "portal");
    }

    /** A member who has signed in once (so their record exists), with a unique subject. */
    public static OAuth2AuthenticationToken signedUp(org.centerformsc.portal.member.MemberService members, String name,
                                                     String... roles) {
        String subject = name.toLowerCase().replace(' ', '-') + "-" + java.util.UUID.randomUUID();
        members.recordSignIn(new org.centerformsc.portal.security.MemberIdentity(ISSUER, subject), name,
                email(subject), "en-US");
        return token(subject, name, roles);
    }

    /** A member who has signed in once with their provider's language {@code locale} ("de-DE"), unique subject. */
    public static OAuth2AuthenticationToken signedUpIn(String locale, org.centerformsc.portal.member.MemberService members,
                                                       String name) {
        String subject = name.toLowerCase().replace(' ', '-') + "-" + java.util.UUID.randomUUID();
        members.recordSignIn(new org.centerformsc.portal.security.MemberIdentity(ISSUER, subject), name,
                email(subject), locale);
        return token(subject, name);
    }

    public static String email(String subject) {
        return subject + "@test.centerformsc.invalid";
    }

    /**
     * Test set-up done as staff would do it, through the same guarded services, by no particular member (audit
     * entries name no one, as for the portal's own work).
     */
    public static <T> T asStaff(Supplier<T> work) {
        return in(UsernamePasswordAuthenticationToken.authenticated("test-staff", null,
                List.of(new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + Roles.STAFF))), work);
    }

    /** Runs {@code work} on this thread as the given user, then restores whatever was there. */
    public static <T> T as(OAuth2AuthenticationToken token, Supplier<T> work) {
        return in(token, work);
    }

    private static <T> T in(Authentication authentication, Supplier<T> work) {
        return SystemAuthentication.as(authentication, work);
    }
}
