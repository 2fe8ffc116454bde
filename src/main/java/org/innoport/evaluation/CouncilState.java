package org.innoport.evaluation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The council lifecycle DRAFT → CONVENED → CLOSED, with the commands each state allows: the whole lifecycle reads
 * from {@link #ALLOWED}.
 */
public enum CouncilState {
    DRAFT,
    CONVENED,
    CLOSED;

    /** Commands on a council. */
    public enum Command {
        EDIT_MEMBERS, EDIT_DOSSIERS, DECLARE, CONVENE, SCORE, CLOSE
    }

    /** Which commands each state allows, and where a transition leads. */
    public static final Map<CouncilState, Set<Command>> ALLOWED = Map.of(
            DRAFT, EnumSet.of(Command.EDIT_MEMBERS, Command.EDIT_DOSSIERS, Command.DECLARE, Command.CONVENE),
            CONVENED, EnumSet.of(Command.DECLARE, Command.SCORE, Command.CLOSE),
            CLOSED, EnumSet.noneOf(Command.class));

    /** Transitions: command → target state. */
    public static final Map<Command, CouncilState> TRANSITIONS = Map.of(
            Command.CONVENE, CONVENED,
            Command.CLOSE, CLOSED);

    public boolean allows(Command command) {
        return ALLOWED.get(this).contains(command);
    }
}
