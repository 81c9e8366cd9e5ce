package org.centerformsc.portal.base;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * The portal's few caches (docs/decisions/025 and 026), each in this node's memory. A change made through the
 * owning service evicts at once on the node that made it; the expiry bounds how long another node may show the
 * old value, so it is short where members would notice. In a transaction, an eviction takes effect after the commit.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class Caches {

    /** The signed-in member's id, name, zone and language, by identity; read on every page. */
    public static final String SIGNED_IN_MEMBERS = "signed-in-members";
    /** Programs, their texts and counts, the offerings' languages: the catalog's filters and words. */
    public static final String CATALOG_REFERENCE = "catalog-reference";
    /** Every program's prerequisite rule. */
    public static final String PREREQUISITE_RULES = "prerequisite-rules";

    static final Duration MEMBER_EXPIRY = Duration.ofSeconds(30);
    static final Duration REFERENCE_EXPIRY = Duration.ofMinutes(5);

    @Bean
    CacheManager cacheManager() {
        // evictions in a transaction take effect after its commit, so no reader puts the old value back meanwhile
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        manager.registerCustomCache(SIGNED_IN_MEMBERS,
                Caffeine.newBuilder().maximumSize(20_000).expireAfterWrite(MEMBER_EXPIRY).build());
        manager.registerCustomCache(CATALOG_REFERENCE,
                Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(REFERENCE_EXPIRY).build());
        manager.registerCustomCache(PREREQUISITE_RULES,
                Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(REFERENCE_EXPIRY).build());
        // no cache by any other name: a typo fails at once instead of caching forever
        manager.setCacheNames(java.util.List.of());
        return new TransactionAwareCacheManagerProxy(manager);
    }
}
