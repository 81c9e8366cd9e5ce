package org.centerformsc.archfixture.shop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Thing {

    @Id
    private Long id;

    public Long getId() {
        return id;
    }
}
