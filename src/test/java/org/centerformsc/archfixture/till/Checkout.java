package org.centerformsc.archfixture.till;

import org.centerformsc.archfixture.shop.domain.Thing;
import org.springframework.transaction.annotation.Transactional;

/** Another feature reaching into shop's domain, with a transaction of its own: both forbidden. */
public class Checkout {

    @Transactional
    public Long pay(Thing thing) {
        return thing.getId();
    }
}
