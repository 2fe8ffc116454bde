package org.innoport.platform;

/**
 * The long-running part of a job. It runs on a worker thread with the starter's security context. To fail with a
 * message the user understands, throw a {@link org.innoport.shared.DomainException} (its message key is resolved in
 * the owner's language); any other exception is logged and shown as an unexpected error, never as a stack trace.
 */
@FunctionalInterface
public interface JobWork {

    JobResult run(JobProgress progress) throws Exception;
}
