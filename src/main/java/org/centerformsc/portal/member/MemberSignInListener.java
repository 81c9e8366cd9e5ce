package org.centerformsc.portal.member;

import org.centerformsc.portal.security.MemberSignedIn;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Synchronous on purpose: the member record must exist before the first view after login renders. */
@Component
class MemberSignInListener {

    private final MemberService members;
    private final ApplicationEventPublisher events;

    MemberSignInListener(MemberService members, ApplicationEventPublisher events) {
        this.members = members;
        this.events = events;
    }

    @EventListener
    void on(MemberSignedIn signedIn) {
        MemberProfile profile = members.recordSignIn(signedIn.identity(), signedIn.name(), signedIn.email(),
                signedIn.locale());
        events.publishEvent(new MemberRecorded(profile.id(), signedIn.roles(),
                signedIn.emailVerified() ? signedIn.email() : null));
    }
}
