package org.centerformsc.portal.base;

import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in member's language, kept by the member feature: their own choice in Profile, else the identity
 * provider's {@code locale} claim. Empty for visitors; base knows nothing of members beyond this port.
 */
public interface LanguageChoice {

    /** The member's choice, else their claim, matched to a portal language; empty for visitors and no wish. */
    Optional<Locale> preferred();

    /** Remembers the signed-in member's choice; does nothing for visitors. */
    void choose(Locale language);
}
