package org.centerformsc.portal.fees;

/** Either the provider's page to send the member to, or the seat's answer when the payment was settled at once. */
public record PayOutcome(String redirectUrl, boolean seated) {

    public static PayOutcome redirect(String url) {
        return new PayOutcome(url, false);
    }

    public static PayOutcome settled(boolean seated) {
        return new PayOutcome(null, seated);
    }
}
