package org.innoport.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.innoport.directory.search.VietnameseText;

/** The columns of each import template (and of the exports, which can be imported back). */
final class ImportColumns {

    private ImportColumns() {
    }

    /** One column: key (also the record field it fills), header in Vietnamese and English, required or not. */
    record Column(String key, String vi, String en, boolean required) {
        String label(Locale locale) {
            return ("en".equals(locale.getLanguage()) ? en : vi) + (required ? " *" : "");
        }

        boolean matches(String header) {
            String h = VietnameseText.fold(header.replace("*", "")).strip();
            return h.equals(key.toLowerCase(Locale.ROOT)) || h.equals(VietnameseText.fold(vi)) || h.equals(VietnameseText.fold(en));
        }
    }

    static final List<Column> ORGANISATIONS = List.of(
            new Column("name", "Tên tổ chức", "Name", true),
            new Column("nameEn", "Tên tiếng Anh", "English name", false),
            new Column("abbreviation", "Tên viết tắt", "Abbreviation", false),
            new Column("type", "Loại hình", "Type", true),
            new Column("enterpriseSubtype", "Loại doanh nghiệp", "Enterprise subtype", false),
            new Column("taxCode", "Mã số thuế", "Tax code", false),
            new Column("registrationNumber", "Số GCN đăng ký hoạt động KH&CN", "S&T registration number", false),
            new Column("registrationDate", "Ngày cấp GCN", "S&T registration date", false),
            new Column("street", "Địa chỉ", "Address", false),
            new Column("commune", "Xã/phường", "Commune/ward", false),
            new Column("province", "Tỉnh/thành phố", "Province/city", false),
            new Column("parent", "Tổ chức cấp trên (mã số thuế hoặc tên)", "Parent (tax code or name)", false),
            new Column("website", "Website", "Website", false),
            new Column("fields", "Lĩnh vực (mã, cách nhau bởi dấu phẩy)", "Fields (codes, comma-separated)", false));

    static final List<Column> PEOPLE = List.of(
            new Column("fullName", "Họ và tên", "Full name", true),
            new Column("academicTitle", "Chức danh (GS, PGS)", "Academic title (GS, PGS)", false),
            new Column("degree", "Học vị", "Degree", false),
            new Column("orcid", "ORCID", "ORCID", false),
            new Column("email", "Email", "E-mail", false),
            new Column("phone", "Điện thoại", "Phone", false),
            new Column("birthDate", "Ngày sinh", "Birth date", false),
            new Column("organisation", "Tổ chức công tác (mã số thuế hoặc tên)", "Organisation (tax code or name)", false),
            new Column("position", "Chức vụ", "Position", false),
            new Column("fields", "Lĩnh vực (mã, cách nhau bởi dấu phẩy)", "Fields (codes, comma-separated)", false),
            new Column("keywords", "Từ khóa chuyên môn (cách nhau bởi dấu ;)", "Expertise keywords (separated by ;)", false));

    static final List<Column> LABS = List.of(
            new Column("name", "Tên phòng thí nghiệm", "Lab name", true),
            new Column("organisation", "Tổ chức (mã số thuế hoặc tên)", "Organisation (tax code or name)", true),
            new Column("vilasNumber", "Số hiệu VILAS", "VILAS number", false),
            new Column("standard", "Tiêu chuẩn", "Standard", false),
            new Column("fields", "Lĩnh vực (mã, cách nhau bởi dấu phẩy)", "Fields (codes, comma-separated)", false),
            new Column("testTypes", "Phạm vi thử nghiệm", "Test types", false),
            new Column("validFrom", "Hiệu lực từ ngày", "Valid from", false),
            new Column("validTo", "Hiệu lực đến ngày", "Valid to", false));

    static List<Column> of(ImportResource resource) {
        return switch (resource) {
            case ORGANISATIONS -> ORGANISATIONS;
            case PEOPLE -> PEOPLE;
            case LABS -> LABS;
        };
    }

    /** Example rows for the templates' instructions sheet. */
    static final Map<ImportResource, List<String>> EXAMPLES = Map.of(
            ImportResource.ORGANISATIONS, List.of("Công ty TNHH Ví dụ", "Example Co., Ltd", "VD", "ENTERPRISE", "PRIVATE",
                    "0101248141", "", "", "Số 1 đường Ví dụ", "Phường Ví dụ", "Hải Phòng", "", "https://example.vn", "202, 203"),
            ImportResource.PEOPLE, List.of("Nguyễn Văn Ví Dụ", "PGS", "TS", "0000-0002-1825-0097", "vidu@example.vn",
                    "0900 000 000", "14/03/1975", "0101248141", "Giảng viên", "203", "máy tàu thủy; động cơ"),
            ImportResource.LABS, List.of("Phòng thử nghiệm Ví dụ", "0101248141", "VILAS 999", "ISO/IEC 17025:2017", "104",
                    "Hóa học, vi sinh", "01/06/2023", "31/05/2026"));
}
