package org.centerformsc.portal.notifications;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.net.URI;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The e-mails' one-click unsubscribe, without logging in; forged and borrowed links change nothing. */
@IntegrationTest
class UnsubscribeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Unsubscribes unsubscribes;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSignedLinkAsksOnGetAndStopsTheKindOnTheOneClickPost() throws Exception {
        MemberId uma = id(TestLogins.signedUp(members, "Uma Unsubscribe"));
        URI link = URI.create(unsubscribes.url(uma, NotificationKind.SESSION_REMINDER));

        mvc.perform(get(link.getPath() + "?" + link.getQuery())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Stop e-mails about session reminders?")));
        assertThat(choices(uma)).isEmpty();

        mvc.perform(post(link.getPath() + "?" + link.getQuery()).param("List-Unsubscribe", "One-Click"))
                .andExpect(status().isOk());
        assertThat(choices(uma)).containsExactly("SESSION_REMINDER=false");
    }

    @Test
    void aForgedLinkOrAnotherMembersOrAnotherKindIsRefusedAndNothingChanges() throws Exception {
        MemberId ola = id(TestLogins.signedUp(members, "Ola Owner"));
        MemberId eve = id(TestLogins.signedUp(members, "Eve Else"));
        String signature = URI.create(unsubscribes.url(ola, NotificationKind.WAITLISTED)).getQuery()
                .replaceAll(".*signature=", "");

        mvc.perform(post("/notifications/unsubscribe").param("member", String.valueOf(eve.value()))
                .param("kind", "WAITLISTED").param("signature", signature)).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/unsubscribe").param("member", String.valueOf(ola.value()))
                .param("kind", "PROMOTED").param("signature", signature)).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/unsubscribe").param("member", String.valueOf(ola.value()))
                .param("kind", "WAITLISTED").param("signature", "0".repeat(64))).andExpect(status().isForbidden());
        // a kind that is always sent cannot be stopped, even with its own signed link
        URI required = URI.create(unsubscribes.url(ola, NotificationKind.OFFERING_CANCELLED));
        mvc.perform(post(required.getPath() + "?" + required.getQuery())).andExpect(status().isForbidden());

        assertThat(choices(ola)).isEmpty();
        assertThat(choices(eve)).isEmpty();
    }

    private List<String> choices(MemberId member) {
        return jdbc.queryForList("SELECT CONCAT(kind, '=', IF(email, 'true', 'false')) FROM notification_preference"
                + " WHERE member_id = ?", String.class, member.value());
    }

    private MemberId id(org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken token) {
        return TestLogins.as(token, () -> members.currentMemberId());
    }
}
