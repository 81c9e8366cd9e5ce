package org.centerformsc.portal.notifications;

import org.centerformsc.portal.member.MemberId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-click unsubscribe links that work without logging in: the member and the kind, signed with the portal's secret
 * (HMAC-SHA256), so a link cannot be forged or turned to another member or kind.
 */
@Component
class Unsubscribes {

    private final byte[] secret;
    private final String publicUrl;

    Unsubscribes(@Value("${portal.notifications.secret:}") String secret,
                 @Value("${portal.public-url:http://localhost:8080}") String publicUrl, Environment environment) {
        if (secret == null || secret.isBlank()) {
            if (environment.acceptsProfiles(Profiles.of("prod"))) {
                throw new IllegalStateException("Set PORTAL_NOTIFICATIONS_SECRET (at least 32 characters): it signs"
                        + " the unsubscribe links in e-mails");
            }
            secret = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
        }
        if (secret.length() < 32) {
            throw new IllegalStateException("PORTAL_NOTIFICATIONS_SECRET needs at least 32 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.publicUrl = publicUrl.replaceFirst("/$", "");
    }

    String url(MemberId member, NotificationKind kind) {
        return publicUrl + "/notifications/unsubscribe?member=" + member.value() + "&kind=" + kind.name()
                + "&signature=" + sign(member.value(), kind);
    }

    /** The member and kind a link names, when its signature is right; empty for a forged or altered link. */
    Optional<MemberId> verify(long member, String kind, String signature) {
        try {
            NotificationKind named = NotificationKind.valueOf(kind);
            boolean right = signature != null && MessageDigest.isEqual(sign(member, named)
                    .getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII));
            return right ? Optional.of(new MemberId(member)) : Optional.empty();
        } catch (IllegalArgumentException unknownKind) {
            return Optional.empty();
        }
    }

    private String sign(long member, NotificationKind kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((member + ":" + kind.name()).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
