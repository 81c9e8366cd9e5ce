package org.centerformsc.portal.security;

import org.centerformsc.portal.TestLogins;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import static org.assertj.core.api.Assertions.assertThat;

class WelcomeAfterFirstSignInTest {

    @Test
    void aMemberNotYetWelcomedGoesToTheWelcomeInsteadOfWhereTheyWereHeading() throws Exception {
        WelcomeAfterFirstSignIn handler = new WelcomeAfterFirstSignIn(identity -> identity.subject().equals("new"));
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        handler.setRequestCache(cache);
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest heading = new MockHttpServletRequest("GET", "/profile");
        heading.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.saveRequest(heading, response);
        MockHttpServletRequest login = new MockHttpServletRequest("GET", "/login/oauth2/code/portal");
        login.setSession(session);

        handler.onAuthenticationSuccess(login, response, TestLogins.token("new", "New Person"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/welcome");
        // and the page they were heading for is not kept for a later login
        assertThat(cache.getRequest(login, response)).isNull();
    }

    @Test
    void aWelcomedMemberLandsOnTheirDashboard() throws Exception {
        WelcomeAfterFirstSignIn handler = new WelcomeAfterFirstSignIn(identity -> false);
        handler.setRequestCache(new HttpSessionRequestCache());
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationSuccess(new MockHttpServletRequest("GET", "/login/oauth2/code/portal"), response,
                TestLogins.token("known", "Known Person"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/dashboard");
    }
}
