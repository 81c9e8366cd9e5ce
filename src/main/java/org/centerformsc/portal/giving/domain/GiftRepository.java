package org.centerformsc.portal.giving.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface GiftRepository extends JpaRepository<Gift, Long> {

    List<Gift> findByMemberIdOrderByGivenAtDesc(long memberId);

    /** One page of a member's gifts, newest first (ix_gift_member_given). */
    List<Gift> findByMemberIdOrderByGivenAtDescIdDesc(long memberId, org.springframework.data.domain.Pageable page);

    long countByMemberId(long memberId);

    boolean existsByProviderRef(String providerRef);

    boolean existsByMemberIdAndCampaign(long memberId, String campaign);

    /** A member's gifts of at least {@code minMinor} to any of these campaigns: one statement for a whole list. */
    List<Gift> findByMemberIdAndCampaignInAndAmountMinorGreaterThanEqual(long memberId, Collection<String> campaigns,
                                                                         long minMinor);

    @Query("""
            select g.currency as currency, sum(g.amountMinor) as minorUnits from Gift g
            where g.campaign = :campaign group by g.currency order by g.currency""")
    List<CurrencyTotal> totalsOf(String campaign);

    /** Gifts to a designation in [from, until) per currency (ix_gift_designation_period covers it). */
    @Query("""
            select g.currency as currency, sum(g.amountMinor) as minorUnits, count(g) as gifts from Gift g
            where g.designation = :designation and g.givenAt >= :from and g.givenAt < :until
            group by g.currency order by g.currency""")
    List<DesignationTotal> totalsFor(String designation, java.time.Instant from, java.time.Instant until);

    interface DesignationTotal {
        String getCurrency();

        long getMinorUnits();

        long getGifts();
    }

    /** Members who gave, and guests by e-mail (a guest who gave twice is one donor). */
    @Query("""
            select count(distinct g.memberId)
                 + count(distinct case when g.memberId is null then lower(g.donorEmail) end)
            from Gift g where g.campaign = :campaign""")
    long donorsOf(String campaign);

    /** Guests' gifts with this e-mail (in any case) become the member's: one statement, a no-op when repeated. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Gift g set g.memberId = :member where g.memberId is null and lower(g.donorEmail) = lower(:email)")
    int attachGuestGifts(long member, String email);

    interface CurrencyTotal {
        String getCurrency();

        long getMinorUnits();
    }
}
