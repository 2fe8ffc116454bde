/**
 * Policy documents (resolutions, decisions, action programmes, plans, legal documents), the graph of which document
 * implements which, and the commitments (targets) each one states.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.innoport.policy;
