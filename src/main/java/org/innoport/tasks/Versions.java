package org.innoport.tasks;

import org.springframework.dao.OptimisticLockingFailureException;

/** Checks the version a client based its change on (409 {@code version.conflict} when stale). */
final class Versions {

    private Versions() {
    }

    static void check(String what, long current, Long given) {
        if (given != null && given != current) {
            throw new OptimisticLockingFailureException(what + " is at version " + current + ", the change was made on "
                    + given);
        }
    }
}
