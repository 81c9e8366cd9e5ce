package org.centerformsc.portal.development.identity;

import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The development provider's one client, the portal, exactly as configured. The authorization server saves a
 * client again to upgrade a plain secret to a BCrypt hash after its first match; from then on every code exchange
 * would pay a hash (about a tenth of a second of a core), which made sign-in the bottleneck of a login storm on a
 * 2-core machine (docs/benchmarks/load.md). A development secret gains nothing from the hash, so the save is
 * ignored.
 */
final class PortalClientOnly implements RegisteredClientRepository {

    private final RegisteredClient portal;

    PortalClientOnly(RegisteredClient portal) {
        this.portal = portal;
    }

    @Override
    public void save(RegisteredClient client) {
        // kept as configured: see the class comment
    }

    @Override
    public RegisteredClient findById(String id) {
        return portal.getId().equals(id) ? portal : null;
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return portal.getClientId().equals(clientId) ? portal : null;
    }
}
