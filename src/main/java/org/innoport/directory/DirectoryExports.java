package org.innoport.directory;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.innoport.directory.Queries.EquipmentQuery;
import org.innoport.directory.Queries.LabQuery;
import org.innoport.directory.Queries.OrganisationQuery;
import org.innoport.directory.Queries.PersonQuery;
import org.innoport.directory.imports.SpreadsheetWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Export of any filtered list to XLSX or CSV, page by page (500 rows at a time, streaming writers). The columns are
 * the import template's, so an export can be edited and imported back. The same visibility rules as the lists apply:
 * personal data only for staff and the person.
 */
@Service
public class DirectoryExports {

    private static final int PAGE = 500;

    private final Organisations organisations;
    private final People people;
    private final Labs labs;
    private final EquipmentRegister equipment;
    private final Classifications classifications;

    DirectoryExports(Organisations organisations, People people, Labs labs, EquipmentRegister equipment,
                     Classifications classifications) {
        this.organisations = organisations;
        this.people = people;
        this.labs = labs;
        this.equipment = equipment;
        this.classifications = classifications;
    }

    /** Output format. */
    public enum Format { XLSX, CSV }

    public void organisations(OrganisationQuery query, Sort sort, Format format, OutputStream out, Locale locale) {
        List<String> header = new ArrayList<>(labels(ImportColumns.ORGANISATIONS, locale));
        header.addAll(extra(locale, "ID", "Trạng thái", "Status", "Tổ chức KH&CN", "S&T organisation"));
        write(format, out, new SpreadsheetWriter.Table(title(locale, "Tổ chức", "Organisations"), header,
                pages(p -> organisations.list(query, p), sort, o -> Arrays.asList(o.name(), o.nameEn(), o.abbreviation(),
                        o.type().name(), name(o.enterpriseSubtype()), o.taxCode(), o.registrationNumber(),
                        date(o.registrationDate()), o.street(), o.commune(), o.province(), o.parentName(), o.website(),
                        String.join(", ", o.fields()), o.id().toString(), o.status().name(),
                        o.scienceTechnologyOrganisation() ? "x" : ""))));
    }

    public void people(PersonQuery query, Sort sort, Format format, OutputStream out, Locale locale) {
        List<String> header = new ArrayList<>(labels(ImportColumns.PEOPLE, locale));
        header.addAll(extra(locale, "ID"));
        write(format, out, new SpreadsheetWriter.Table(title(locale, "Người", "People"), header,
                pages(p -> people.list(query, p), sort, v -> {
                    var personal = v.personal();
                    var affiliation = v.affiliations().isEmpty() ? null : v.affiliations().getLast();
                    return Arrays.asList(v.fullName(), name(v.academicTitle()), name(v.degree()), v.orcid(),
                            personal == null ? null : personal.email(), personal == null ? null : personal.phone(),
                            personal == null ? null : date(personal.birthDate()),
                            affiliation == null ? null : affiliation.organisationName(),
                            affiliation == null ? null : affiliation.position(), String.join(", ", v.fields()),
                            String.join("; ", v.keywords()), v.id().toString());
                })));
    }

    public void labs(LabQuery query, Sort sort, Format format, OutputStream out, Locale locale) {
        List<String> header = new ArrayList<>(labels(ImportColumns.LABS, locale));
        header.addAll(extra(locale, "ID", "Trạng thái", "Status"));
        write(format, out, new SpreadsheetWriter.Table(title(locale, "Phòng thí nghiệm", "Labs"), header,
                pages(p -> labs.list(query, p), sort, l -> Arrays.asList(l.name(), l.organisationName(), l.vilasNumber(),
                        l.standard(), String.join(", ", l.fields()), l.testTypes(), date(l.validFrom()), date(l.validTo()),
                        l.id().toString(), l.status().name()))));
    }

    public void equipment(EquipmentQuery query, Sort sort, Format format, OutputStream out, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<String> header = en
                ? List.of("Name", "Owner", "Lab", "Category", "Model", "Year", "Value (VND)", "Shareable", "ID")
                : List.of("Tên thiết bị", "Tổ chức sở hữu", "Phòng thí nghiệm", "Nhóm", "Model", "Năm", "Giá trị (đồng)",
                        "Chia sẻ được", "ID");
        write(format, out, new SpreadsheetWriter.Table(title(locale, "Thiết bị", "Equipment"), header,
                pages(p -> equipment.list(query, p), sort, e -> Arrays.asList(e.name(), e.ownerOrganisationName(),
                        e.labName(), e.category(), e.model(), e.year() == null ? null : e.year().toString(),
                        e.valueVnd() == null ? null : e.valueVnd().toString(), e.shareable() ? "x" : "", e.id().toString()))));
    }

    private static void write(Format format, OutputStream out, SpreadsheetWriter.Table table) {
        if (format == Format.CSV) {
            SpreadsheetWriter.csv(out, table);
        } else {
            SpreadsheetWriter.xlsx(out, table);
        }
    }

    private static List<String> labels(List<ImportColumns.Column> columns, Locale locale) {
        return columns.stream().map(c -> c.label(locale).replace(" *", "")).toList();
    }

    private static List<String> extra(Locale locale, String... viEnPairsAfterId) {
        List<String> out = new ArrayList<>(List.of(viEnPairsAfterId[0]));
        boolean en = "en".equals(locale.getLanguage());
        for (int i = 1; i + 1 < viEnPairsAfterId.length; i += 2) {
            out.add(en ? viEnPairsAfterId[i + 1] : viEnPairsAfterId[i]);
        }
        return out;
    }

    private static String title(Locale locale, String vi, String en) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** All pages of a list, fetched lazily while the writer consumes rows. */
    private static <T> Iterable<List<String>> pages(Function<Pageable, Page<T>> fetch, Sort sort,
                                                    Function<T, List<String>> row) {
        return () -> new Iterator<>() {
            int page = 0;
            Iterator<T> current = List.<T>of().iterator();
            boolean last = false;

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && !last) {
                    Page<T> next = fetch.apply(PageRequest.of(page++, PAGE, sort));
                    current = next.getContent().iterator();
                    last = !next.hasNext();
                }
                return current.hasNext();
            }

            @Override
            public List<String> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return row.apply(current.next());
            }
        };
    }

    Classifications classifications() {
        return classifications;
    }
}
