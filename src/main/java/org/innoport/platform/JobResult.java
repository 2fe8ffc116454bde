package org.innoport.platform;

/**
 * What a finished job leaves behind.
 *
 * @param message a closing line in the owner's language (null for the default "finished")
 * @param resultUrl a path inside InnoPort where the result can be opened or downloaded (the owning module checks
 *        access there), or null; absolute URLs are refused so that a job can never send a user elsewhere
 */
public record JobResult(String message, String resultUrl) {

    public JobResult {
        if (resultUrl != null && (!resultUrl.startsWith("/") || resultUrl.startsWith("//") || resultUrl.contains("\\"))) {
            throw new IllegalArgumentException("A job result must be a path inside the application: " + resultUrl);
        }
    }

    public static JobResult done() {
        return new JobResult(null, null);
    }

    public static JobResult link(String resultUrl) {
        return new JobResult(null, resultUrl);
    }
}
