package org.centerformsc.portal.enrollment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a paid seat waits for its payment (docs/decisions/016): a member who enrolls has {@code hold} to pay; the
 * first in line who is given a freed seat has {@code promotion-window}, since they may not be at their screen.
 */
@Component
public class SeatHolds {

    private final Duration hold;
    private final Duration promotionWindow;

    SeatHolds(@Value("${portal.enrollment.hold:PT15M}") Duration hold,
              @Value("${portal.enrollment.promotion-window:PT48H}") Duration promotionWindow) {
        if (hold.isNegative() || hold.isZero() || promotionWindow.isNegative() || promotionWindow.isZero()) {
            throw new IllegalArgumentException("portal.enrollment.hold and promotion-window must be positive");
        }
        this.hold = hold;
        this.promotionWindow = promotionWindow;
    }

    public Instant holdUntil(Instant now) {
        return now.plus(hold);
    }

    public Instant payAfterPromotionUntil(Instant now) {
        return now.plus(promotionWindow);
    }
}
