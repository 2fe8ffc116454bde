/**
 * Technical platform: embedded database, web shell and layout, error handling, i18n, files, jobs and the notification outbox.
 * No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.innoport.platform;
