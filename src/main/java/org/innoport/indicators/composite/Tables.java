package org.innoport.indicators.composite;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Plain tables (rows of strings, the first one the header) in and out of CSV (UTF-8, BOM tolerated and written, so
 * that spreadsheet programs show Vietnamese right) and XLSX (one sheet per table). The composite index files are such
 * tables whichever the format, so CSV and XLSX carry exactly the same content.
 */
public final class Tables {

    private static final int BOM = 0xFEFF;

    private Tables() {
    }

    public static List<List<String>> readCsv(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        reader = new java.io.PushbackReader(reader, 1);
        int first = reader.read();
        if (first != -1 && first != BOM) {
            ((java.io.PushbackReader) reader).unread(first);
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>();
                record.forEach(cell -> row.add(cell.strip()));
                rows.add(row);
            }
        }
        return rows;
    }

    public static void writeCsv(List<List<String>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        for (List<String> row : rows) {
            printer.printRecord(row.stream().map(cell -> cell == null ? "" : cell).toList());
        }
        printer.flush();
    }

    /** Every sheet of a workbook, by name, in order. */
    public static Map<String, List<List<String>>> readXlsx(InputStream in) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                        rows.add(cells);
                    }
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }

    /** Numbers stay numbers in the workbook, so that an officer can compute with them. */
    public static void writeXlsx(Map<String, List<List<String>>> sheets, OutputStream out) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            for (var entry : sheets.entrySet()) {
                Sheet sheet = workbook.createSheet(entry.getKey());
                int r = 0;
                for (List<String> row : entry.getValue()) {
                    Row xlsxRow = sheet.createRow(r);
                    for (int c = 0; c < row.size(); c++) {
                        String value = row.get(c);
                        if (value == null || value.isEmpty()) {
                            continue;
                        }
                        Cell cell = xlsxRow.createCell(c);
                        Double number = r == 0 || c == 0 ? null : number(value);
                        if (number != null) {
                            cell.setCellValue(number);
                        } else {
                            cell.setCellValue(value);
                        }
                    }
                    r++;
                }
            }
            workbook.write(out);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> {
                double value = cell.getNumericCellValue();
                yield value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                        : String.valueOf(value);
            }
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** A number written with a decimal point or a decimal comma ("0,5"), or null when the text is not one. */
    public static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.valueOf(t);
    }
}
