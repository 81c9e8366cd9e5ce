package org.centerformsc.portal.member;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.development.dataset.CountedStatements;
import org.centerformsc.portal.privacy.PrivacyService;
import org.centerformsc.portal.security.MemberIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed-in member is read once for many calls, and every change through the portal is seen at once (025). */
@IntegrationTest
class SignedInMembersTest {

    @Autowired
    MemberService members;

    @Autowired
    PrivacyService privacy;

    @Test
    void aPageOfCallsReadsTheMemberOnceAndSeesTheirChangesAtOnce() {
        OAuth2AuthenticationToken token = signIn("kept-" + System.nanoTime(), "Kim Kept");
        TestLogins.as(token, () -> {
            MemberId id = members.currentMemberId();
            CountedStatements.reset();
            assertThat(members.currentMemberId()).isEqualTo(id);
            assertThat(members.currentProfile()).get().extracting(MemberProfile::displayName).isEqualTo("Kim Kept");
            assertThat(members.preferredZone()).isEmpty();
            assertThat(CountedStatements.count()).as("statements after the first read").isZero();

            members.chooseName("Kim Changed");
            members.preferTimeZone(ZoneId.of("Asia/Tokyo"));

            assertThat(members.currentProfile()).get().extracting(MemberProfile::displayName)
                    .isEqualTo("Kim Changed");
            assertThat(members.preferredZone()).contains(ZoneId.of("Asia/Tokyo"));
            return null;
        });
    }

    @Test
    void anErasedMemberWhoSignsInAgainIsANewMember() {
        String subject = "erased-again-" + System.nanoTime();
        OAuth2AuthenticationToken token = signIn(subject, "Eve Erased");
        MemberId before = TestLogins.as(token, members::currentMemberId);

        TestLogins.as(token, privacy::eraseMyAccount);

        assertThat(TestLogins.as(token, members::currentProfile)).as("what was kept of the erased member").isEmpty();
        signIn(subject, "Eve Erased");

        assertThat(TestLogins.as(token, members::currentMemberId)).isNotEqualTo(before);
    }

    private OAuth2AuthenticationToken signIn(String subject, String name) {
        members.recordSignIn(new MemberIdentity(TestLogins.ISSUER, subject), name, TestLogins.email(subject), "en");
        return TestLogins.token(subject, name);
    }
}
