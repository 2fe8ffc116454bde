package org.innoport.indicators.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes data values to an XLSX sheet with POI's streaming writer (SXSSF): only the last 100 rows stay in memory, the
 * rest goes to a compressed temporary file, removed on {@link #close}. Texts are inline strings, so the file reads
 * back with constant memory. Columns: {@link ValueColumns#ALL}.
 */
public final class ValueSheetWriter implements AutoCloseable {

    private static final int MAX_EXACT_DIGITS = 15;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, true, false);
    private final SXSSFSheet sheet;
    private int next;

    public ValueSheetWriter(String sheetName) {
        sheet = workbook.createSheet(sheetName);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        SXSSFRow header = sheet.createRow(next++);
        for (int i = 0; i < ValueColumns.ALL.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(ValueColumns.ALL.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    /** One value; {@code cells} in the order of {@link ValueColumns#ALL}, the value as a {@link BigDecimal}. */
    public void row(String indicator, String area, String period, BigDecimal value, String qualifier, String status,
                    String sourceDocument, String sourcePublication, String sourcePage, String quote, String note) {
        SXSSFRow row = sheet.createRow(next++);
        text(row, 0, indicator);
        text(row, 1, area);
        text(row, 2, period);
        if (value != null) {
            if (value.precision() <= MAX_EXACT_DIGITS) {
                row.createCell(3).setCellValue(value.doubleValue());
            } else {
                row.createCell(3).setCellValue(value.toPlainString());
            }
        }
        text(row, 4, qualifier);
        text(row, 5, status);
        text(row, 6, sourceDocument);
        text(row, 7, sourcePublication);
        text(row, 8, sourcePage);
        text(row, 9, quote);
        text(row, 10, note);
    }

    private static void text(SXSSFRow row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
