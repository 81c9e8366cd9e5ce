package org.centerformsc.archfixture.shop.domain;

import org.springframework.data.repository.Repository;

public interface ThingRepository extends Repository<Thing, Long> {

    Thing findById(Long id);
}
