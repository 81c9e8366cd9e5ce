package org.centerformsc.portal.giving;

import org.centerformsc.portal.TestCampaigns;
import org.junit.jupiter.api.BeforeEach;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.centerformsc.portal.IntegrationTest;
import org.centerformsc.portal.TestLogins;
import org.centerformsc.portal.member.MemberService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDFs parsed back: the figures on them are the gifts, and only the donor's own. */
@IntegrationTest
class GiftDocumentsTest {

    @Autowired
    GivingService giving;

    @Autowired
    CampaignService campaigns;

    @BeforeEach
    void iwdCampaignIsOpen() {
        TestCampaigns.open(campaigns, "IWD-2026");
    }

    @Autowired
    MemberService members;

    @Test
    void aReceiptNamesDonorAmountDateDesignationAndNoGoodsOrServices() throws IOException {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Rhea Receipt");
        TestLogins.as(donor, () -> giving.give(new BigDecimal("40"), "USD", Frequency.ONCE,
                Designation.CIRCLES_SCHOLARSHIPS, null));
        long id = TestLogins.as(donor, () -> giving.myGifts(0, 50)).get(0).id();

        String text = text(TestLogins.as(donor, () -> giving.receipt(id)));

        assertThat(text).contains("Center for Mindful Self-Compassion").contains("Donor: Rhea Receipt")
                .contains("Amount: $40.00").contains("Designation: Circles of Practice scholarships")
                .contains("No goods or services were provided in exchange for this contribution.");
    }

    @Test
    void theStatementListsTheYearsGiftsWithTotalsPerCurrency() throws IOException {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Stan Statement");
        TestLogins.as(donor, () -> giving.give(new BigDecimal("25"), "USD", Frequency.ONCE, Designation.GENERAL, null));
        TestLogins.as(donor, () -> giving.give(new BigDecimal("30.50"), "USD", Frequency.ONCE, Designation.GENERAL, null));
        TestLogins.as(donor, () -> giving.give(new BigDecimal("20"), "EUR", Frequency.ONCE, Designation.CAMPAIGN,
                "IWD-2026"));
        int year = LocalDate.now(ZoneOffset.UTC).getYear();

        String text = text(TestLogins.as(donor, () -> giving.yearStatement(year)));
        String lastYear = text(TestLogins.as(donor, () -> giving.yearStatement(year - 1)));

        assertThat(text).contains("Statement of gifts for " + year).contains("$25.00").contains("$30.50")
                .contains("Total USD: $55.50").contains("Total EUR: €20.00 EUR").contains("Campaign IWD-2026");
        assertThat(lastYear).contains("No gifts were recorded in " + (year - 1));
    }

    @Test
    void nobodyGetsAnotherDonorsReceipt() {
        OAuth2AuthenticationToken donor = TestLogins.signedUp(members, "Dee Donor");
        OAuth2AuthenticationToken other = TestLogins.signedUp(members, "Nosy Neighbour");
        TestLogins.as(donor, () -> giving.give(new BigDecimal("10"), "USD", Frequency.ONCE, Designation.GENERAL, null));
        long id = TestLogins.as(donor, () -> giving.myGifts(0, 50)).get(0).id();

        assertThatThrownBy(() -> TestLogins.as(other, () -> giving.receipt(id))).isInstanceOf(AccessDeniedException.class);
    }

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
