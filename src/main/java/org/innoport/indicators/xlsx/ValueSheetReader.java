package org.innoport.indicators.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX file row by row with POI's SAX event reader: memory stays constant whatever the
 * number of rows (only the shared-string table, the distinct texts of the file, is held; files written by our export
 * use inline strings and have none). Numbers come back as plain decimal text ({@code 257473016000}, never
 * {@code 2.57E+11}).
 */
public final class ValueSheetReader {

    /** One data row: its number as the spreadsheet shows it (header = 1) and its cells by column header. */
    public record Row(int number, Map<String, String> cells) {

        public String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(Row row);
    }

    /** How far the parser has come: bytes of the sheet read, of {@code total} (-1 when unknown). */
    @FunctionalInterface
    public interface Progress {
        void read(long bytes, long total);
    }

    /** The file cannot be read as a data-value sheet; {@code messageKey} says why, {@code args} with what. */
    public static final class Unreadable extends Exception {

        private final String messageKey;
        private final transient Object[] args;

        Unreadable(String messageKey, Throwable cause, Object... args) {
            super(messageKey, cause);
            this.messageKey = messageKey;
            this.args = args;
        }

        public String messageKey() {
            return messageKey;
        }

        public Object[] args() {
            return args;
        }
    }

    private ValueSheetReader() {
    }

    /**
     * @param progress told how many bytes of the sheet have been parsed
     * @throws Unreadable when the file is no XLSX, has no sheet, or lacks a required column header
     */
    public static void read(Path file, RowHandler handler, Progress progress) throws Unreadable {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new Unreadable("indicators.import.no-sheet", null);
            }
            InputStream data = sheets.next();
            long total = sheets.getSheetPart().getSize();
            try (InputStream sheet = new Counting(data, bytes -> progress.read(bytes, total))) {
                Collector collector = new Collector(handler);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainNumbers(),
                        false));
                parser.parse(new InputSource(sheet));
                if (collector.columns == null) {
                    throw new Unreadable("indicators.import.missing-columns", null,
                            String.join(", ", ValueColumns.REQUIRED));
                }
            }
        } catch (Unreadable e) {
            throw e;
        } catch (MissingColumns e) {
            throw new Unreadable("indicators.import.missing-columns", e, e.getMessage());
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException
                 | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException | SAXException | IOException | javax.xml.parsers.ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("indicators.import.not-xlsx", e);
        }
    }

    /** Collects the cells of each row; the first row names the columns. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private Map<Integer, String> columns;
        private Map<String, String> cells = new HashMap<>();
        private final Map<Integer, String> header = new HashMap<>();
        private int row;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells = new HashMap<>();
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? -1 : new CellReference(reference).getCol();
            if (columns == null) {
                if (value != null && !value.isBlank()) {
                    header.put(column, value.strip().toLowerCase(Locale.ROOT));
                }
            } else {
                String name = columns.get(column);
                if (name != null) {
                    cells.put(name, value);
                }
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (columns == null) {
                List<String> missing = new ArrayList<>(ValueColumns.REQUIRED);
                missing.removeAll(header.values());
                if (!missing.isEmpty()) {
                    throw new MissingColumns(String.join(", ", missing));
                }
                columns = Map.copyOf(header);
                return;
            }
            if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                return;
            }
            handler.row(new Row(row + 1, cells));
        }
    }

    private static final class MissingColumns extends RuntimeException {
        MissingColumns(String columns) {
            super(columns, null, false, false);
        }
    }

    /** Numbers as plain decimals; dates and other formats are not expected in these sheets and come back raw too. */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return plain(value);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                                            boolean use1904Windowing) {
            return plain(value);
        }

        private static String plain(double value) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return String.valueOf(value);
            }
            return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        }
    }

    private static final class Counting extends FilterInputStream {
        private final java.util.function.LongConsumer listener;
        private long count;

        Counting(InputStream in, java.util.function.LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                listener.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
                listener.accept(count);
            }
            return n;
        }
    }
}
