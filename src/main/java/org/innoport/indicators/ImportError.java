package org.innoport.indicators;

/**
 * One problem of an imported spreadsheet.
 *
 * @param row the row as the spreadsheet numbers it (the header is row 1)
 * @param column the column header, e.g. {@code value}, or {@code file} for the whole file
 * @param reason in the importer's language
 */
public record ImportError(int row, String column, String reason) {
}
