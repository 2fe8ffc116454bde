package org.innoport.directory.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as .xlsx (streaming SXSSF: 100 rows in memory, the rest on disk) or CSV (UTF-8 with BOM, so Excel
 * shows Vietnamese correctly). Every cell is text, so tax codes keep their leading zero.
 */
public final class SpreadsheetWriter {

    private SpreadsheetWriter() {
    }

    /** One sheet: its name, header and rows (each row one list of cell texts, null = empty). */
    public record Table(String name, List<String> header, Iterable<List<String>> rows) {
    }

    public static void xlsx(OutputStream out, Table... tables) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setDataFormat(text.getDataFormat());
            for (Table table : tables) {
                SXSSFSheet sheet = workbook.createSheet(table.name());
                for (int c = 0; c < table.header().size(); c++) {
                    sheet.setDefaultColumnStyle(c, text);
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, table.header().get(c).length() + 4)) * 256);
                }
                write(sheet.createRow(0), table.header(), bold);
                int r = 1;
                for (List<String> row : table.rows()) {
                    write(sheet.createRow(r++), row, text);
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(out);
            workbook.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) != null) {
                var cell = row.createCell(c);
                cell.setCellStyle(style);
                cell.setCellValue(values.get(c));
            }
        }
    }

    public static void csv(OutputStream out, Table table) {
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            printer.printRecord(table.header());
            for (List<String> row : table.rows()) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
