package org.centerformsc.portal.giving;

import org.centerformsc.portal.giving.domain.RecurringGift;
import org.centerformsc.portal.giving.domain.RecurringGiftRepository;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.member.PersonalData;
import org.centerformsc.portal.member.PersonalDataRows;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gifts stay for the tax records with their amounts, linked only to the anonymised member row, without a donor's
 * name or e-mail (also the guest gifts given under the member's e-mail); recurring gifts still running are cancelled
 * at the payment provider first, so nothing is charged after the erasure.
 */
@Component
class GivingPersonalData implements PersonalData {

    private final JdbcTemplate jdbc;
    private final RecurringGiftRepository recurring;
    private final PaymentGateway gateway;
    private final Clock clock;

    GivingPersonalData(JdbcTemplate jdbc, RecurringGiftRepository recurring, PaymentGateway gateway, Clock clock) {
        this.jdbc = jdbc;
        this.recurring = recurring;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "gifts";
    }

    @Override
    public List<String> tables() {
        return List.of("gift", "recurring_gift");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(MemberId member) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        sections.put("gifts", PersonalDataRows.query(jdbc, """
                SELECT id, amount_minor, currency, designation, campaign, given_at, source, provider_ref, donor_name,
                       donor_email
                FROM gift WHERE member_id = ? ORDER BY given_at""", member.value()));
        sections.put("recurringGifts", PersonalDataRows.query(jdbc, """
                SELECT id, provider, amount_minor, currency, frequency, designation, campaign, status, next_charge_on,
                       paused_until, cancel_reason, payment_failed_at, created_at, updated_at
                FROM recurring_gift WHERE member_id = ? ORDER BY created_at""", member.value()));
        return sections;
    }

    @Override
    public Map<String, Integer> erase(MemberId member) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        for (RecurringGift gift : recurring.findByMemberIdOrderByCreatedAtDesc(member.value())) {
            if (gift.getStatus() != SubscriptionState.Status.CANCELLED) {
                gift.confirm(gateway.change(gift.state(), gift.getFrequency(),
                        new SubscriptionChange.Cancel(PersonalDataRows.ERASED), today), clock.instant());
            }
        }
        recurring.flush();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int guestGifts = jdbc.update("""
                UPDATE gift SET member_id = ?
                WHERE member_id IS NULL AND donor_email = (SELECT email FROM member WHERE id = ?)""",
                member.value(), member.value());
        counts.put("gift", guestGifts + PersonalDataRows.anonymiseActor(jdbc, "gift", "recorded_by", member)
                + jdbc.update("UPDATE gift SET donor_name = NULL, donor_email = NULL WHERE member_id = ?",
                member.value()));
        counts.put("recurring_gift", jdbc.update("""
                UPDATE recurring_gift SET cancel_reason = NULL, customer_ref = NULL, version = version + 1
                WHERE member_id = ?""", member.value()));
        return counts;
    }
}
