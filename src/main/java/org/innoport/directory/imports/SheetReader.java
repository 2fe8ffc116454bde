package org.innoport.directory.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.util.SAXHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of an .xlsx file row by row with POI's SAX reader: memory stays constant whatever the
 * number of rows (only the shared-strings table is held). Date cells arrive as ISO dates (yyyy-MM-dd).
 */
public final class SheetReader {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private SheetReader() {
    }

    /** Receives each row: its 1-based number as Excel shows it, and cell texts by 0-based column. */
    @FunctionalInterface
    public interface RowHandler {
        void row(int rowNumber, Map<Integer, String> cells, double fractionRead);
    }

    /** The file is not an .xlsx workbook (wrong type, damaged, encrypted, empty). */
    public static class UnreadableFileException extends Exception {
        public UnreadableFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Thrown by a {@link RowHandler} to stop reading. */
    public static class StopReading extends RuntimeException {
        public StopReading() {
            super(null, null, false, false);
        }
    }

    public static void read(Path file, RowHandler handler) throws UnreadableFileException, IOException {
        if (!startsWithZipMagic(file)) {
            throw new UnreadableFileException("not a zip/xlsx file", null);
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("no sheet", null);
            }
            try (InputStream raw = sheets.next()) {
                long size = Math.max(1, sheets.getSheetPart().getSize());
                CountingStream sheet = new CountingStream(raw);
                XMLReader parser = SAXHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new Rows(handler, sheet, size), new IsoDateFormatter(), false));
                try {
                    parser.parse(new InputSource(sheet));
                } catch (StopReading stop) {
                    // the handler has seen enough
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException | OpenXML4JRuntimeException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new UnreadableFileException(e.getMessage(), e);
        } catch (IOException e) {
            if (e.getClass().getName().contains("Zip") || e instanceof java.util.zip.ZipException) {
                throw new UnreadableFileException(e.getMessage(), e);
            }
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof StopReading) {
                return;
            }
            if (e.getClass().getPackageName().startsWith("org.apache.poi")) {
                throw new UnreadableFileException(e.getMessage(), e);
            }
            throw e;
        }
    }

    private static boolean startsWithZipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return java.util.Arrays.equals(head, ZIP_MAGIC);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final CountingStream stream;
        private final long size;
        private Map<Integer, String> cells = new HashMap<>();

        Rows(RowHandler handler, CountingStream stream, long size) {
            this.handler = handler;
            this.stream = stream;
            this.size = size;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new HashMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, cells, Math.min(1.0, (double) stream.count / size));
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            if (reference == null || value == null) {
                return;
            }
            cells.put(column(reference), value);
        }
    }

    /** 0-based column of a reference such as "AB12". */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
        }
        return column - 1;
    }

    /** Spreadsheet column letters for a 0-based column: 0 → A, 27 → AB. */
    public static String letters(int column) {
        StringBuilder out = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            out.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return out.toString();
    }

    /** Formats date cells as ISO dates instead of the workbook's display format. */
    private static final class IsoDateFormatter extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
