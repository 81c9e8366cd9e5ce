package org.centerformsc.portal.giving.domain;

import org.centerformsc.portal.giving.Frequency;
import org.centerformsc.portal.giving.SubscriptionState;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

public interface RecurringGiftRepository extends JpaRepository<RecurringGift, Long> {

    List<RecurringGift> findByMemberIdOrderByCreatedAtDesc(long memberId);

    java.util.Optional<RecurringGift> findByProviderAndProviderRef(String provider, String providerRef);

    List<RecurringGift> findByStatusAndNextChargeOnLessThanEqual(SubscriptionState.Status status, LocalDate day);

    /** Uses the index on (status, next_charge_on). */
    List<RecurringGift> findByFrequencyAndStatusAndNextChargeOnBetween(Frequency frequency,
                                                                       SubscriptionState.Status status,
                                                                       LocalDate from, LocalDate until);

    List<RecurringGift> findByStatusAndPausedUntilLessThanEqual(SubscriptionState.Status status, LocalDate day);
}
