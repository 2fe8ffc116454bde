package org.innoport.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Directory settings ({@code innoport.directory.*}).
 *
 * @param indexDirectory where the Lucene indexes live; blank = a temporary directory deleted at exit (tests)
 * @param massIndexOnStart rebuild the indexes at start when they are empty but the tables are not
 */
@ConfigurationProperties("innoport.directory")
public record DirectoryProperties(@DefaultValue("./data/index") String indexDirectory,
                                  @DefaultValue("true") boolean massIndexOnStart) {
}
