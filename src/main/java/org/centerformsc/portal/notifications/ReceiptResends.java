package org.centerformsc.portal.notifications;

import org.centerformsc.portal.giving.GiftSummary;
import org.centerformsc.portal.member.MemberId;
import org.centerformsc.portal.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Staff send a member a gift's receipt again (docs/decisions/022): the same notification as after the gift, with its
 * PDF, written to the outbox; a new one each time (the first one's key is taken), and like every receipt always
 * e-mailed, whatever the member's e-mail choices.
 */
@Service
public class ReceiptResends {

    private final Outbox outbox;
    private final Clock clock;

    ReceiptResends(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** {@code gift} must be the member's own: the caller found it among theirs. */
    @Transactional
    @PreAuthorize("hasRole('" + Roles.STAFF + "')")
    public void giftReceipt(MemberId member, GiftSummary gift) {
        outbox.record(Notice.of(member, NotificationKind.GIFT_RECEIPT, List.of(GivingNotifications.money(gift.amount())),
                GivingNotifications.LINK, "gift-receipt-" + gift.id() + "-again-" + clock.instant().toEpochMilli())
                .about(GiftReceiptAttachment.PREFIX + gift.id()));
    }
}
