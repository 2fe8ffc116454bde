package org.innoport.exchange;

/** What an exchange event is. */
public enum EventKind {
    WORKSHOP, TRAINING, CONNECTION_SESSION, FAIR
}
