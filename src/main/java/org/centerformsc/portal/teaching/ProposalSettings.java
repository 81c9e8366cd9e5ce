package org.centerformsc.portal.teaching;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Which programs a teacher may offer, and from which training level (portal.teaching.may-offer.PROGRAM=LEVEL in
 * application.properties). A program that is not listed is offered by staff only. See docs/decisions/015.
 */
@ConfigurationProperties("portal.teaching")
public record ProposalSettings(Map<String, TrainingLevel> mayOffer) {

    public ProposalSettings {
        mayOffer = mayOffer == null ? Map.of() : Map.copyOf(mayOffer);
    }
}
