package org.innoport.evaluation;

import org.innoport.shared.IllegalTransitionException;

/**
 * A council command refused in the current state (HTTP 409) with a specific stable code such as
 * {@code council.not-declared}, {@code council.member-conflicted}, {@code sheet.signed}, {@code council.quorum-not-met},
 * {@code council.sheets-unsigned}. The message key is {@code evaluation.error.<code>}.
 */
public class CouncilRefusedException extends IllegalTransitionException {

    private final String specificCode;

    public CouncilRefusedException(String code, Object... args) {
        super("evaluation.error." + code, args);
        this.specificCode = code;
    }

    @Override
    public String code() {
        return specificCode;
    }
}
