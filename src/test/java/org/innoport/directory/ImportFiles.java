package org.innoport.directory;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.innoport.directory.imports.SpreadsheetWriter;

/** Generated organisation workbooks for import tests and the benchmark. */
public final class ImportFiles {

    private ImportFiles() {
    }

    /** Spreadsheet rows (Excel numbering, header = row 1) that {@link #organisations} makes invalid, and why. */
    public static final List<Integer> BAD_ROWS = List.of(1_001, 5_002, 9_999);

    /**
     * {@code rows} organisations named after {@code token}; the rows in {@link #BAD_ROWS} (if within range) carry an
     * invalid tax code, an empty name and an unknown type, in that order.
     */
    public static byte[] organisations(String token, int rows) {
        List<String> header = ImportColumns.ORGANISATIONS.stream().map(c -> c.label(Locale.forLanguageTag("vi"))).toList();
        Set<String> taxCodes = new HashSet<>();
        List<List<String>> data = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            int excelRow = i + 2;
            String taxCode;
            do {
                taxCode = DirectoryMother.taxCode();
            } while (!taxCodes.add(taxCode));
            String name = "Công ty Thử nghiệm Nhập " + token + " " + i;
            String type = "ENTERPRISE";
            if (excelRow == BAD_ROWS.get(0)) {
                taxCode = taxCode.substring(0, 9) + ((taxCode.charAt(9) - '0' + 1) % 10);
            } else if (excelRow == BAD_ROWS.get(1)) {
                name = "";
            } else if (excelRow == BAD_ROWS.get(2)) {
                type = "Hợp tác xã không có";
            }
            data.add(Arrays.asList(name, null, null, type, "PRIVATE", taxCode, null, null, "Số " + i + " phố Thử",
                    "Phường Ngô Quyền", "Hải Phòng", null, null, i % 2 == 0 ? "202, 203" : "405"));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetWriter.xlsx(out, new SpreadsheetWriter.Table("organisations", header, data));
        return out.toByteArray();
    }
}
