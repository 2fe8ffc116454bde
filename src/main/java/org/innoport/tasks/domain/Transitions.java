package org.innoport.tasks.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.innoport.shared.IllegalTransitionException;

/** A declarative transition table of a status enum: which status may follow which. */
public final class Transitions<S extends Enum<S>> {

    private final Map<S, Set<S>> next;
    private final String messageKey;

    private Transitions(Class<S> type, String messageKey) {
        this.next = new EnumMap<>(type);
        this.messageKey = messageKey;
    }

    public static <S extends Enum<S>> Transitions<S> of(Class<S> type, String messageKey) {
        return new Transitions<>(type, messageKey);
    }

    @SafeVarargs
    public final Transitions<S> allow(S from, S... to) {
        next.computeIfAbsent(from, key -> EnumSet.noneOf(from.getDeclaringClass())).addAll(Set.of(to));
        return this;
    }

    public boolean allows(S from, S to) {
        return next.getOrDefault(from, Set.of()).contains(to);
    }

    /** @throws IllegalTransitionException (409) when {@code to} may not follow {@code from} */
    public void require(S from, S to) {
        if (!allows(from, to)) {
            throw new IllegalTransitionException(messageKey, from.name(), to.name());
        }
    }

    public Map<S, Set<S>> table() {
        return Map.copyOf(next);
    }
}
