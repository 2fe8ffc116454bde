package org.innoport.indicators;

import java.util.Map;

/**
 * The raw data of a run: {@code values} unit → indicator → raw value (a missing indicator is simply absent or null);
 * optional {@code published} unit → node → published score, compared node by node with the computed one.
 */
public record CompositeRunRequest(String label, Map<String, Map<String, Double>> values,
                                  Map<String, Map<String, Double>> published, CompositeSettings settings) {

    public CompositeRunRequest {
        values = values == null ? Map.of() : values;
        published = published == null ? Map.of() : published;
        settings = (settings == null ? CompositeSettings.DEFAULTS : settings).resolved();
    }
}
