package org.centerformsc.portal.demo;

import org.centerformsc.portal.catalog.CatalogService;
import org.centerformsc.portal.member.MemberService;
import org.centerformsc.portal.security.DemoAccount;
import org.centerformsc.portal.security.DevelopmentIdentityProvider;
import org.centerformsc.portal.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo catalog and the demo members at every start of the {@code demo} profile. Idempotent: what
 * exists already (by code, or by issuer and subject) is left alone, so restarts keep members' own changes.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CatalogService catalog;
    private final MemberService members;
    private final ObjectProvider<DevelopmentIdentityProvider> identityProvider;

    DemoData(CatalogService catalog, MemberService members,
             ObjectProvider<DevelopmentIdentityProvider> identityProvider) {
        this.catalog = catalog;
        this.members = members;
        this.identityProvider = identityProvider;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.asStaff(() -> {
            DemoCatalog.programs().forEach(catalog::addProgramIfAbsent);
            DemoCatalog.offerings().forEach(catalog::addOfferingIfAbsent);
            identityProvider.ifAvailable(provider -> DemoAccount.ALL.forEach(account -> members.registerIfAbsent(
                    provider.identityOf(account), account.name(), account.email(), account.locale())));
            return null;
        });
        log.info("Demo data in place: {} programs", DemoCatalog.programs().size());
    }
}
