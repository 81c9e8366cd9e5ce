package org.centerformsc.portal.member;

import org.centerformsc.portal.base.Caches;
import org.centerformsc.portal.member.domain.MemberRepository;
import org.centerformsc.portal.security.MemberIdentity;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Optional;

/**
 * The signed-in member's record as every page reads it (id, name, zone, language), kept for a few seconds per
 * identity so that a page's services ask the database once, not once each (docs/decisions/025). A change through
 * {@link MemberService} forgets the entry at once and again after its commit, so no reader in between keeps the
 * old record; another node sees the change when its entry expires.
 */
@Component
class SignedInMembers {

    private final MemberRepository members;
    private final Cache cache;

    SignedInMembers(MemberRepository members, CacheManager caches) {
        this.members = members;
        this.cache = caches.getCache(Caches.SIGNED_IN_MEMBERS);
    }

    Optional<MemberProfile> profile(MemberIdentity identity) {
        MemberProfile cached = cache.get(identity, MemberProfile.class);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<MemberProfile> read = members.findByIssuerAndSubject(identity.issuer(), identity.subject())
                .map(MemberService::toProfile);
        // what a writing transaction sees may not be what it commits (not yet stored, or finer than the column
        // keeps): only what was read outside one is kept
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (!writing) {
            read.ifPresent(profile -> cache.put(identity, profile));
        }
        return read;
    }

    void changed(MemberIdentity identity) {
        cache.evictIfPresent(identity); // now, for the rest of this transaction
        cache.evict(identity); // and after its commit (the cache manager defers it)
    }

    /** After an erasure the identity's record is gone under another name: nothing kept may survive it. */
    void forgetAll() {
        cache.invalidate();
        cache.clear(); // again after the commit
    }
}
