package org.innoport.evaluation;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.innoport.evaluation.domain.Council;
import org.innoport.evaluation.domain.CouncilDossier;
import org.innoport.evaluation.domain.CouncilMember;
import org.innoport.evaluation.domain.CouncilRepository;
import org.innoport.evaluation.domain.DossierAccess;
import org.innoport.evaluation.domain.ScoreSheet;
import org.innoport.evaluation.domain.ScoreSheetRepository;
import org.innoport.evaluation.scoring.Criterion;
import org.innoport.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes (biên bản) of a council meeting as PDF, in Vietnamese, generated from attendance, declarations and the
 * signed sheets: an official record for staff, so it names members next to their scores. Liberation Serif (metric
 * compatible with Times New Roman) carries every Vietnamese glyph.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('OFFICER', 'LEADER', 'ADMIN')")
public class CouncilMinutes {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final CouncilRepository councils;
    private final ScoreSheetRepository sheets;
    private final EvaluationProperties properties;
    private final MessageSource messages;

    CouncilMinutes(CouncilRepository councils, ScoreSheetRepository sheets, EvaluationProperties properties,
                   MessageSource messages) {
        this.councils = councils;
        this.sheets = sheets;
        this.properties = properties;
        this.messages = messages;
    }

    public byte[] pdf(UUID councilId) {
        Council council = councils.findById(councilId).orElseThrow(() -> new NotFoundException("council", councilId));
        if (council.getState() == CouncilState.DRAFT) {
            throw new CouncilRefusedException("council.not-convened");
        }
        List<ScoreSheet> all = sheets.findByCouncilId(councilId);
        try {
            return render(council, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] render(Council council, List<ScoreSheet> all) throws IOException {
        BaseFont regular = BaseFont.createFont("liberation/LiberationSerif-Regular.ttf", BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED);
        BaseFont boldFace = BaseFont.createFont("liberation/LiberationSerif-Bold.ttf", BaseFont.IDENTITY_H,
                BaseFont.EMBEDDED);
        Font text = new Font(regular, 11);
        Font small = new Font(regular, 9);
        Font bold = new Font(boldFace, 11);
        Font title = new Font(boldFace, 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 42, 42, 42);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(council.getName());
            document.open();
            centered(document, t("evaluation.minutes.nation"), bold);
            centered(document, t("evaluation.minutes.motto"), bold);
            document.add(new Paragraph(" ", text));
            centered(document, t("evaluation.minutes.title"), title);
            centered(document, council.getName(), bold);
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(t("evaluation.minutes.decision", council.getDecisionNumber(),
                    council.getDecisionDate().format(DATE)), text));
            document.add(new Paragraph(t("evaluation.minutes.type", t("evaluation.type." + council.getType().name())), text));
            if (council.getConvenedAt() != null) {
                document.add(new Paragraph(t("evaluation.minutes.convened",
                        TIME.format(council.getConvenedAt().atZone(ZONE))), text));
            }
            if (council.getClosedAt() != null) {
                document.add(new Paragraph(t("evaluation.minutes.closed", TIME.format(council.getClosedAt().atZone(ZONE))), text));
            }
            document.add(new Paragraph(t("evaluation.minutes.secretary", council.getSecretaryUsername()), text));

            heading(document, t("evaluation.minutes.attendance"), bold);
            long present = council.getMembers().stream().filter(CouncilMember::isPresent).count();
            document.add(new Paragraph(t("evaluation.minutes.present-count", present, council.getMembers().size()), text));
            PdfPTable members = table(new float[] {1, 6, 4, 4});
            header(members, bold, "#", t("evaluation.member.name"), t("evaluation.member.role"), t("evaluation.member.attendance"));
            int n = 1;
            for (CouncilMember m : council.getMembers()) {
                cells(members, text, String.valueOf(n++), m.getDisplayName(), t("evaluation.role." + m.getRole().name()),
                        m.isPresent() ? t("evaluation.member.present") : m.isWrittenReview()
                                ? t("evaluation.member.written-review") : t("evaluation.member.absent"));
            }
            document.add(members);

            heading(document, t("evaluation.minutes.criteria"), bold);
            List<Criterion> criteria = council.rules().criteria();
            PdfPTable criteriaTable = table(new float[] {1, 9, 2, 2});
            header(criteriaTable, bold, t("evaluation.criterion.code"), t("evaluation.criterion.name"),
                    t("evaluation.criterion.max"), t("evaluation.criterion.minimum"));
            for (Criterion c : criteria) {
                cells(criteriaTable, text, c.code(), c.nameVi() + (c.tieBreak() ? " (" + t("evaluation.criterion.tie-break") + ")" : ""),
                        String.valueOf(c.maxPoints()), c.minimum() == null ? "" : c.minimum().toPlainString());
            }
            document.add(criteriaTable);
            document.add(new Paragraph(t("evaluation.minutes.pass-mark", council.getPassMark().toPlainString()), text));

            List<DossierResult> results = council.getState() == CouncilState.CLOSED
                    ? CouncilResults.compute(council, all, properties) : List.of();
            int d = 1;
            for (CouncilDossier dossier : council.getDossiers()) {
                heading(document, t("evaluation.minutes.dossier", d++, dossier.getTitle()), bold);
                for (CouncilMember m : council.getMembers()) {
                    DossierAccess access = council.access(m.getId(), dossier.getDossierId());
                    if (access.blocked()) {
                        document.add(new Paragraph(t("evaluation.minutes.blocked." + access.name(), m.getDisplayName()), small));
                    }
                }
                float[] widths = new float[criteria.size() + 3];
                widths[0] = 6;
                for (int i = 0; i < criteria.size(); i++) {
                    widths[i + 1] = 2;
                }
                widths[criteria.size() + 1] = 2;
                widths[criteria.size() + 2] = 4;
                PdfPTable sheetTable = table(widths);
                PdfPCell first = new PdfPCell(new Phrase(t("evaluation.member.name"), bold));
                sheetTable.addCell(first);
                criteria.forEach(c -> sheetTable.addCell(new PdfPCell(new Phrase(c.code(), bold))));
                sheetTable.addCell(new PdfPCell(new Phrase(t("evaluation.sheet.total"), bold)));
                sheetTable.addCell(new PdfPCell(new Phrase(t("evaluation.sheet.signed-at"), bold)));
                for (ScoreSheet s : CouncilResults.valid(council, all, dossier.getDossierId())) {
                    sheetTable.addCell(new Phrase(council.member(s.getMemberId()).getDisplayName(), small));
                    criteria.forEach(c -> sheetTable.addCell(new Phrase(number(s.scores().of(c.code())), small)));
                    sheetTable.addCell(new Phrase(number(s.getTotal()), small));
                    sheetTable.addCell(new Phrase(TIME.format(s.getSignedAt().atZone(ZONE)), small));
                }
                document.add(sheetTable);
                results.stream().filter(r -> r.dossierId().equals(dossier.getDossierId())).findFirst().ifPresent(r -> {
                    String verdict = r.passed() ? t("evaluation.result.passed") : t("evaluation.result.failed");
                    paragraph(document, t("evaluation.minutes.result", number(r.mean()), r.validSheets(), verdict,
                            r.rankInGroup()), text);
                    if (r.rating() != null) {
                        paragraph(document, t("evaluation.minutes.rating", t("evaluation.rating." + r.rating())), text);
                    }
                });
            }
            document.add(new Paragraph(" ", text));
            document.add(new Paragraph(t("evaluation.minutes.footer"), small));
        } catch (DocumentException e) {
            throw new IllegalStateException("minutes", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, VI);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static void paragraph(Document document, String text, Font font) {
        document.add(new Paragraph(text, font));
    }

    private static void centered(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        document.add(p);
    }

    private static void heading(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        document.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        return table;
    }

    private static void header(PdfPTable table, Font font, String... labels) {
        for (String label : labels) {
            table.addCell(new PdfPCell(new Phrase(label, font)));
        }
    }

    private static void cells(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, font)));
        }
    }
}
