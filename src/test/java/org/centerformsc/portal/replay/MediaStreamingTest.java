package org.centerformsc.portal.replay;

import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.TestOffering;
import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.catalog.OfferingId;
import org.centerformsc.portal.TestCampaigns;
import org.centerformsc.portal.giving.CampaignService;
import org.centerformsc.portal.giving.GivingService;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The streaming endpoint on the real stack: range requests for the entitled, 403 for everyone else. */
@IntegrationTest
class MediaStreamingTest {

    private static final byte[] MEDIA = new byte[4096];

    static {
        for (int i = 0; i < MEDIA.length; i++) {
            MEDIA[i] = (byte) (i * 7);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ReplayService replays;

    @Autowired
    CatalogService catalog;

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    @Autowired
    MemberService members;

    private ReplayId replay;
    private String campaign;
    private OAuth2AuthenticationToken donor;
    private OAuth2AuthenticationToken stranger;

    @BeforeEach
    void publishAReplayAndAGift() {
        campaign = TestCampaigns.fresh(campaigns, "C");
        OfferingId event = TestOffering.offering().create(catalog);
        replay = TestLogins.asStaff(() -> replays.publish(new NewReplay(event, campaign, "Streaming test",
                Instant.now(), 60, null, replays.store(new ByteArrayInputStream(MEDIA), "webm"), "video/webm", "",
                List.of(new NewReplay.Caption("en", "English", "WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n")),
                List.of())));
        donor = TestLogins.signedUp(members, "Dora Donor");
        stranger = TestLogins.signedUp(members, "Sid Stranger");
        MemberId donorId = TestLogins.as(donor, members::currentMemberId);
        TestLogins.asStaff(() -> {
            giving.recordManualGift(donorId, new Money(1500, "USD"), campaign, Instant.now());
            return null;
        });
    }

    @Test
    void aRangeRequestGetsExactlyThoseBytes() throws Exception {
        byte[] body = mvc.perform(get(url()).header("Range", "bytes=100-199").with(authentication(donor)))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 100-199/4096"))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(body).isEqualTo(Arrays.copyOfRange(MEDIA, 100, 200));
    }

    @Test
    void theWholeFileWithoutARange() throws Exception {
        byte[] body = mvc.perform(get(url()).with(authentication(donor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(body).isEqualTo(MEDIA);
    }

    @Test
    void aRangeOutsideTheFileIs416() throws Exception {
        mvc.perform(get(url()).header("Range", "bytes=5000-6000").with(authentication(donor)))
                .andExpect(status().isRequestedRangeNotSatisfiable());
    }

    @Test
    void anotherMemberWithTheExactLinkIsRefused() throws Exception {
        mvc.perform(get(url()).header("Range", "bytes=0-99").with(authentication(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get(url() + "/captions/en.vtt").with(authentication(stranger))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousRequestsAreRefusedNotRedirected() throws Exception {
        mvc.perform(get(url())).andExpect(status().isForbidden());
        mvc.perform(get(url() + "/captions/en.vtt")).andExpect(status().isForbidden());
    }

    @Test
    void captionsForTheEntitled() throws Exception {
        String vtt = mvc.perform(get(url() + "/captions/en.vtt").with(authentication(donor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(vtt).startsWith("WEBVTT").contains("Hello");
    }

    @Test
    void aSmallGiftOpensNothing() throws Exception {
        OAuth2AuthenticationToken small = TestLogins.signedUp(members, "Tim Tiny");
        MemberId id = TestLogins.as(small, members::currentMemberId);
        TestLogins.asStaff(() -> {
            giving.recordManualGift(id, new Money(1499, "USD"), campaign, Instant.now());
            return null;
        });
        mvc.perform(get(url()).with(authentication(small))).andExpect(status().isForbidden());
    }

    private String url() {
        return ReplayService.MEDIA_PATH + replay.value();
    }
}
