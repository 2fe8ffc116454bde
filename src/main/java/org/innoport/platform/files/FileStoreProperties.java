package org.innoport.platform.files;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where and how big: {@code innoport.files.root} (default {@code ./data/files}, beside the embedded database) and
 * {@code innoport.files.max-size} (default 25MB; keep {@code spring.servlet.multipart.max-file-size} in step).
 */
@ConfigurationProperties("innoport.files")
public record FileStoreProperties(@DefaultValue("./data/files") Path root, @DefaultValue("25MB") DataSize maxSize) {
}
