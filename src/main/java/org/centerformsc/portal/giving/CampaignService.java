package org.centerformsc.portal.giving;

import org.centerformsc.portal.giving.domain.Campaign;
import org.centerformsc.portal.giving.domain.CampaignRepository;
import org.centerformsc.portal.giving.domain.GiftRepository;
import org.centerformsc.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Campaigns: staff keep them; the give form offers the open ones; gifts, recurring gifts and replays name one.
 * Progress is summed in the database from the campaign's gifts. See docs/decisions/012.
 */
@Service
public class CampaignService {

    static final BigDecimal MAX_GOAL = new BigDecimal("100000000");
    private static final String CODE = "[A-Z0-9][A-Z0-9-]{1,39}";

    private final CampaignRepository campaigns;
    private final GiftRepository gifts;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, GiftRepository gifts, Clock clock) {
        this.campaigns = campaigns;
        this.gifts = gifts;
        this.clock = clock;
    }

    /** Campaigns open for gifts today (UTC), for the give form. */
    @Transactional(readOnly = true)
    public List<CampaignSummary> openCampaigns() {
        return campaigns.openOn(today()).stream().map(CampaignService::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<CampaignSummary> campaign(String code) {
        return code == null ? Optional.empty() : campaigns.findById(code).map(CampaignService::summary);
    }

    /** The public page's figures: three statements, whatever the number of gifts. */
    @Transactional(readOnly = true)
    public Optional<CampaignProgress> progress(String code) {
        return Optional.ofNullable(code).flatMap(campaigns::findById).map(found -> {
            CampaignSummary campaign = summary(found);
            Money raised = new Money(0, campaign.currency());
            List<Money> others = new ArrayList<>();
            for (GiftRepository.CurrencyTotal total : gifts.totalsOf(campaign.code())) {
                Money money = new Money(total.getMinorUnits(), total.getCurrency());
                if (total.getCurrency().equals(campaign.currency())) {
                    raised = money;
                } else {
                    others.add(money);
                }
            }
            return new CampaignProgress(campaign, found.acceptsGiftsOn(today()), raised, others,
                    gifts.donorsOf(campaign.code()));
        });
    }

    /** Every campaign, open ones first, for staff's list and the staff gift and replay forms. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public List<CampaignSummary> campaigns(int offset, int limit) {
        int size = Math.max(1, limit);
        return campaigns.findAllByOrderByActiveDescStartsOnDescCodeAsc(PageRequest.of(offset / size, size)).stream()
                .map(CampaignService::summary).toList();
    }

    /** Code to name of every campaign, open ones first: the choices of staff's gift and replay forms. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public Map<String, String> campaignNames() {
        Map<String, String> names = new LinkedHashMap<>();
        campaigns.findAllByOrderByActiveDescStartsOnDescCodeAsc(Pageable.unpaged())
                .forEach(campaign -> names.put(campaign.getCode(), campaign.getName()));
        return names;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public long countCampaigns() {
        return campaigns.count();
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public CampaignSummary create(CampaignDraft draft) {
        String code = draft.code() == null ? "" : draft.code().strip();
        if (!code.matches(CODE)) {
            throw new CampaignRefused("code", "campaign.refused.code");
        }
        if (campaigns.existsById(code)) {
            throw new CampaignRefused("code", "campaign.refused.taken");
        }
        Campaign campaign = new Campaign(code, clock.instant());
        describe(campaign, draft);
        return summary(campaigns.save(campaign));
    }

    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public CampaignSummary update(CampaignDraft draft) {
        Campaign campaign = campaigns.findById(draft.code() == null ? "" : draft.code())
                .orElseThrow(() -> new CampaignRefused("code", "campaign.refused.unknown"));
        describe(campaign, draft);
        return summary(campaign);
    }

    private void describe(Campaign campaign, CampaignDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new CampaignRefused("name", "campaign.refused.name");
        }
        String description = draft.description() == null || draft.description().isBlank() ? null
                : draft.description().strip();
        if (description != null && description.length() > 2000) {
            throw new CampaignRefused("description", "campaign.refused.description");
        }
        if (draft.currency() == null || !GiftAmounts.CURRENCIES.contains(draft.currency())) {
            throw new CampaignRefused("currency", "campaign.refused.currency");
        }
        Long goal = goalMinor(draft.goal(), draft.currency());
        if (draft.startsOn() == null) {
            throw new CampaignRefused("startsOn", "campaign.refused.starts");
        }
        if (draft.endsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
            throw new CampaignRefused("endsOn", "campaign.refused.ends");
        }
        campaign.describe(name, description, draft.currency(), goal, draft.startsOn(), draft.endsOn(), draft.active(),
                clock.instant());
    }

    private static Long goalMinor(BigDecimal goal, String currency) {
        if (goal == null) {
            return null;
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        if (goal.signum() <= 0 || goal.compareTo(MAX_GOAL) > 0 || goal.stripTrailingZeros().scale() > digits) {
            throw new CampaignRefused("goal", "campaign.refused.goal");
        }
        return goal.movePointRight(digits).longValueExact();
    }

    private LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static CampaignSummary summary(Campaign c) {
        return new CampaignSummary(c.getCode(), c.getName(), c.getDescription(), c.getCurrency(),
                c.getGoalMinor() == null ? null : new Money(c.getGoalMinor(), c.getCurrency()), c.getStartsOn(),
                c.getEndsOn(), c.isActive());
    }
}
