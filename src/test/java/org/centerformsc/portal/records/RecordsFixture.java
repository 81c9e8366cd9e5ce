package org.centerformsc.portal.records;

import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.util.Random;
import java.util.UUID;

/** Members of the records tests: names of their own, so searches in the shared test database find only them. */
public final class RecordsFixture {

    private static final Random LETTERS = new Random();

    private RecordsFixture() {
    }

    public record Member(MemberId id, String name, String email, OAuth2AuthenticationToken token) {
    }

    /** A family name no other test uses: letters only, as names are. */
    public static String uniqueFamilyName() {
        StringBuilder name = new StringBuilder("Quill");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + LETTERS.nextInt(26)));
        }
        return name.toString();
    }

    /** A member who signed in once, with the e-mail address {@code <subject>@test.centerformsc.invalid}. */
    public static Member member(MemberService members, String name) {
        OAuth2AuthenticationToken token = TestLogins.signedUp(members, name);
        MemberId id = TestLogins.as(token, members::currentMemberId);
        String subject = token.getPrincipal().getName();
        return new Member(id, name, TestLogins.email(subject), token);
    }

    public static String uniqueSubject(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
