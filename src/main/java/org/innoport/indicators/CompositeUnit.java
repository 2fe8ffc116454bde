package org.innoport.indicators;

/** A unit an index ranks: a province, a city district, a country. */
public record CompositeUnit(String code, String name) {
}
