package org.innoport.platform;

/** Where a job is: waiting for a free worker, working, or finished one way or the other. */
public enum JobState {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
