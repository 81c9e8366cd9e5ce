package org.centerformsc.portal.member;

import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.member.domain.MemberRepository;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class MemberServiceTest {

    private static final String ISSUER = "https://issuer.member-service.test";

    @Autowired
    MemberService service;

    @Autowired
    MemberRepository repository;

    @Test
    void firstSignInCreatesTheMemberAndLaterOnesRefreshTheClaims() {
        MemberIdentity identity = new MemberIdentity(ISSUER, "first-sign-in");
        MemberProfile created = service.recordSignIn(identity, "Ana Lima", "ana@example.org", "pt-BR");
        MemberProfile updated = service.recordSignIn(identity, "Ana Lima Souza", "ana.souza@example.org", "en-GB");

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.displayName()).isEqualTo("Ana Lima Souza");
        assertThat(updated.email()).isEqualTo("ana.souza@example.org");
        assertThat(updated.locale()).isEqualTo("en-GB");
        assertThat(repository.findByIssuerAndSubject(ISSUER, "first-sign-in")).get()
                .satisfies(member -> assertThat(member.getLastSignedInAt()).isNotNull());
    }

    @Test
    void theSameSubjectAtAnotherIssuerIsAnotherPerson() {
        MemberProfile here = service.recordSignIn(new MemberIdentity(ISSUER, "shared-subject"), "One", null, null);
        MemberProfile there = service.recordSignIn(
                new MemberIdentity("https://other-issuer.test", "shared-subject"), "Two", null, null);

        assertThat(here.id()).isNotEqualTo(there.id());
    }

    @Test
    void aMissingNameFallsBackToTheSubject() {
        MemberProfile profile = service.recordSignIn(new MemberIdentity(ISSUER, "nameless"), "  ", null, null);

        assertThat(profile.displayName()).isEqualTo("nameless");
    }

    @Test
    void registeringIsIdempotentAndForStaffOnly() {
        MemberIdentity identity = new MemberIdentity(ISSUER, "registered");
        MemberId first = TestLogins.asStaff(() -> service.registerIfAbsent(identity, "Reg", null, null));
        MemberId second = TestLogins.asStaff(() -> service.registerIfAbsent(identity, "Other", null, null));

        assertThat(second).isEqualTo(first);
        assertThatThrownBy(() -> service.registerIfAbsent(identity, "Anonymous", null, null))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anonymousCallersHaveNoProfile() {
        assertThat(service.currentProfile()).isEmpty();
    }
}
