/**
 * The technology and equipment exchange: offers and requests with their moderated lifecycle, Vietnamese search,
 * matching of requests to offers with reasons, saved searches, expressions of interest and connection sessions.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform", "identity", "directory"})
package org.innoport.exchange;
