package org.centerformsc.portal.member;

import org.centerformsc.portal.base.LanguageChoice;
import org.centerformsc.portal.base.PortalLanguages;
import org.centerformsc.portal.security.CurrentMember;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;

/** The member's language for base's views: their choice in Profile, else the provider's locale claim. */
@Component
class MemberLanguage implements LanguageChoice {

    private final MemberService members;
    private final CurrentMember currentMember;

    MemberLanguage(MemberService members, CurrentMember currentMember) {
        this.members = members;
        this.currentMember = currentMember;
    }

    @Override
    public Optional<Locale> preferred() {
        if (!currentMember.isSignedIn()) {
            return Optional.empty();
        }
        return members.currentProfile().map(MemberProfile::locale).flatMap(PortalLanguages::match);
    }

    @Override
    public void choose(Locale language) {
        if (currentMember.isSignedIn()) {
            members.chooseLanguage(language);
        }
    }
}
