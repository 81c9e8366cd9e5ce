package org.centerformsc.portal.notifications;

import org.centerformsc.portal.giving.GiftRecorded;
import org.centerformsc.portal.giving.Money;
import org.centerformsc.portal.giving.RecurringPaymentFailed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What donors are told about their gifts, written in the transaction that records them: the receipt of each gift
 * (the PDF comes along when it is sent) and a charge of a recurring gift that failed. A guest's gift has no member to
 * tell: giving e-mails its receipt itself.
 */
@Component
class GivingNotifications {

    static final String LINK = "giving";

    private final Outbox outbox;

    GivingNotifications(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(GiftRecorded gift) {
        if (gift.member() == null) {
            return;
        }
        outbox.record(Notice.of(gift.member(), NotificationKind.GIFT_RECEIPT, List.of(money(gift.amount())), LINK,
                "gift-receipt-" + gift.giftId()).about(GiftReceiptAttachment.PREFIX + gift.giftId()));
    }

    @EventListener
    void on(RecurringPaymentFailed failed) {
        List<String> arguments = new ArrayList<>(List.of(money(failed.amount()),
                Notifications.text("giving.frequency." + failed.frequency().name().toLowerCase(Locale.ROOT))));
        if (failed.nextRetryOn() != null) {
            arguments.add(Notifications.day(failed.nextRetryOn()));
        }
        outbox.record(Notice.of(failed.member(), NotificationKind.PAYMENT_FAILED, arguments, LINK,
                "payment-failed-" + failed.recurringGiftId() + "-" + failed.reportedAt().toEpochMilli())
                .variant(failed.nextRetryOn() == null ? "last" : "retry"));
    }

    static String money(Money amount) {
        return Notifications.money(amount.minorUnits(), amount.currency());
    }
}
