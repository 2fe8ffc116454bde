/**
 * The append-only audit trail: who changed what, when, from where, with before/after state, chained by SHA-256 so
 * that any row altered or removed outside the application is detected.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.innoport.audit;
