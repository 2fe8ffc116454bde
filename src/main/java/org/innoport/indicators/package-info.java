/**
 * Indicators of the city's STI system: definitions (entered or computed by a formula), data values with provenance
 * down to the quoted sentence, targets with progress ratings and forecasts, a consistency audit of published figures,
 * and the public dashboards.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"policy", "shared", "platform", "exchange"})
package org.innoport.indicators;
