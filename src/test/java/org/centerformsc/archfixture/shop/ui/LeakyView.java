package org.centerformsc.archfixture.shop.ui;

import org.centerformsc.archfixture.shop.domain.Thing;
import org.centerformsc.archfixture.shop.domain.ThingRepository;

/** A view reading a repository and showing an entity: what the views rule forbids. */
public class LeakyView {

    public Long show(ThingRepository things) {
        Thing thing = things.findById(1L);
        return thing.getId();
    }
}
