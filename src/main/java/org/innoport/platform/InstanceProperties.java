package org.innoport.platform;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which city this instance serves. Every city runs the same code with its own values.
 */
@ConfigurationProperties("innoport.instance")
public record InstanceProperties(
        @DefaultValue("Sở Khoa học và Công nghệ thành phố Hải Phòng") String name,
        @DefaultValue("InnoPort Hải Phòng") String shortName,
        @DefaultValue("Hải Phòng") String province,
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zoneId) {
}
