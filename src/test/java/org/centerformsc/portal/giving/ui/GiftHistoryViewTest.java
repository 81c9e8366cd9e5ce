package org.centerformsc.portal.giving.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.centerformsc.portal.KaribuTest;
import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.giving.GivingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A donor's gift history is read a page at a time, newest first, and each row's receipt is a link to the page's
 * one receipt download (docs/decisions/027-lists-paged-in-the-database.md).
 */
class GiftHistoryViewTest extends KaribuTest {

    @Autowired
    GivingService giving;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theHistoryPagesTheDonorsGiftsNewestFirstWithAReceiptLinkEach() {
        String subject = "history-" + UUID.randomUUID();
        signInAs(subject, "Hana History");
        long member = jdbc.queryForObject("SELECT id FROM member WHERE subject = ?", Long.class, subject);
        Instant first = Instant.parse("2025-01-01T12:00:00Z");
        for (int day = 0; day < 30; day++) {
            jdbc.update("INSERT INTO gift (member_id, amount_minor, currency, given_at, source, recorded_by,"
                    + " designation) VALUES (?, ?, 'USD', ?, 'OFFLINE', 'test', 'GENERAL')", member, 1000 + day,
                    Timestamp.from(first.plus(day, ChronoUnit.DAYS)));
        }

        UI.getCurrent().navigate(GivingView.class);
        Grid<GiftSummary> history = history();

        List<GiftSummary> firstPage = _fetch(history, 0, 10);
        assertThat(firstPage).extracting(gift -> gift.amount().minorUnits())
                .containsExactly(1029L, 1028L, 1027L, 1026L, 1025L, 1024L, 1023L, 1022L, 1021L, 1020L);
        assertThat(_fetch(history, 20, 10)).extracting(gift -> gift.amount().minorUnits()).endsWith(1000L)
                .hasSize(10);
        assertThat(giving.myGifts(30, 10)).isEmpty();
        assertThat(_getFormatted(history, 0, "amount")).isEqualTo("$10.29");

        String href = receiptLink(history, firstPage.get(0));
        assertThat(href).endsWith("?row=" + firstPage.get(0).id()).contains("dynamic/resource/");
        assertThat(receiptLink(history, firstPage.get(1))).isEqualTo(href.replace("?row=" + firstPage.get(0).id(),
                "?row=" + firstPage.get(1).id()));
    }

    @Test
    void aMemberWithoutGiftsIsToldSo() {
        signInAs("history-none-" + UUID.randomUUID(), "Nia None");
        UI.getCurrent().navigate(GivingView.class);

        assertThat(history().getEmptyStateText()).isEqualTo("You have not given yet.");
        assertThat(_fetch(history(), 0, 50)).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Grid<GiftSummary> history() {
        return _get(Grid.class, spec -> spec.withId("gift-history"));
    }

    @SuppressWarnings("unchecked")
    private static String receiptLink(Grid<GiftSummary> history, GiftSummary gift) {
        var renderer = (LitRenderer<GiftSummary>) history.getColumnByKey("receipt").getRenderer();
        return (String) renderer.getValueProviders().get("href").apply(gift);
    }
}
