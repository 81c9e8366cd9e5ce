package org.centerformsc.portal.development;

import org.centerformsc.portal.security.MemberIdentity;

/** The identity provider the embedded default runs beside the portal; absent in production. */
public interface DevelopmentIdentityProvider {

    /** The issuer URL, which is also the issuer of the demo members' identities. */
    String issuer();

    default MemberIdentity identityOf(DemoAccount account) {
        return new MemberIdentity(issuer(), account.username());
    }
}
