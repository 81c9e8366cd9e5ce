package org.centerformsc.portal.teaching;

/** Input the pathway or the directory refuses; the message is a translation key the view shows. */
public class TrainingInputRefused extends RuntimeException {

    public TrainingInputRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
