/**
 * The development-resources directory: organisations, people and the expert pool, VILAS labs and equipment, with
 * Vietnamese full-text search, de-duplication, merge, and spreadsheet import/export. Other modules keep its IDs as values.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "platform"})
package org.innoport.directory;
