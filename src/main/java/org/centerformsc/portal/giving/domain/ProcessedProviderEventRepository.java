package org.centerformsc.portal.giving.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProcessedProviderEventRepository extends JpaRepository<ProcessedProviderEvent, String> {
}
