package org.innoport.indicators;

/**
 * A projection to a year, with a 95 % prediction interval and the method named ({@code linear}, {@code log-linear}),
 * or {@code none} with {@code value == null} when there are not enough annual points (fewer than 3).
 */
public record Forecast(String method, Integer year, Double value, Double low, Double high, int points) {

    public boolean available() {
        return value != null;
    }
}
