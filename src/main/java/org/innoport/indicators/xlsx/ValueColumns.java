package org.innoport.indicators.xlsx;

import java.util.List;

/** The columns of a data-value spreadsheet, in export order; imports find them by header, in any order. */
public final class ValueColumns {

    public static final String INDICATOR = "indicator";
    public static final String AREA = "area";
    public static final String PERIOD = "period";
    public static final String VALUE = "value";
    public static final String QUALIFIER = "qualifier";
    public static final String STATUS = "status";
    public static final String SOURCE_DOCUMENT = "source_document";
    public static final String SOURCE_PUBLICATION = "source_publication";
    public static final String SOURCE_PAGE = "source_page";
    public static final String QUOTE = "quote";
    public static final String NOTE = "note";

    public static final List<String> ALL = List.of(INDICATOR, AREA, PERIOD, VALUE, QUALIFIER, STATUS, SOURCE_DOCUMENT,
            SOURCE_PUBLICATION, SOURCE_PAGE, QUOTE, NOTE);
    /** Without these headers a file is refused as a whole. */
    public static final List<String> REQUIRED = List.of(INDICATOR, AREA, PERIOD, VALUE, QUALIFIER, STATUS);

    private ValueColumns() {
    }
}
