package org.centerformsc.portal.teaching;

/** The level the directory shows; derived from verified records by the pathway, never entered by anyone. */
public enum TrainingLevel {
    IN_TRAINING, TRAINED, CERTIFIED, TRAINER
}
