package org.innoport.indicators;

/** Which stored values to export; null or blank parts do not filter. */
public record ValueFilter(String indicator, String area, String period) {
}
