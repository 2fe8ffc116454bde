/**
 * Who may do what: users, roles, membership of an organisation, sign-in policy, API tokens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "directory"})
package org.innoport.identity;
