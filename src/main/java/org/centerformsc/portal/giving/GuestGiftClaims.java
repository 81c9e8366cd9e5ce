package org.centerformsc.portal.giving;

import org.centerformsc.portal.member.MemberRecorded;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At sign-in, a member whose e-mail the identity provider verified receives the gifts given as a guest with it.
 * Synchronous, like the member record itself, so the first giving page after login already shows them. An
 * unverified address attaches nothing: anyone can type anyone's e-mail into the guest form.
 */
@Component
class GuestGiftClaims {

    private static final Logger log = LoggerFactory.getLogger(GuestGiftClaims.class);

    private final GuestGivingService guests;

    GuestGiftClaims(GuestGivingService guests) {
        this.guests = guests;
    }

    @EventListener
    void on(MemberRecorded recorded) {
        if (recorded.verifiedEmail() == null) {
            return;
        }
        int attached = SystemAuthentication.asSystem(() -> guests.attachGuestGifts(recorded.member(),
                recorded.verifiedEmail()));
        if (attached > 0) {
            log.info("Attached {} guest gifts to member {} at sign-in", attached, recorded.member().value());
        }
    }
}
