package org.innoport.platform;

import java.util.Locale;

/**
 * What a running job tells its watcher. Call it as often as convenient: updates are kept in memory and written at
 * most once per {@code innoport.jobs.progress-interval}.
 */
public interface JobProgress {

    /**
     * @param percent 0–100, clamped
     * @param message what is happening, in the owner's language ({@link #locale()}), or null to keep the last one
     */
    void update(int percent, String message);

    /** The language of the user who started the job, for messages and generated documents. */
    Locale locale();
}
