package org.innoport.directory.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vietnamese text as users type it: NFC, the two tone-mark placements (hoà / hòa), folded forms without diacritics
 * (đ → d), and a canonical form of organisation names with common abbreviations expanded, for de-duplication.
 */
public final class VietnameseText {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    /** Abbreviations in organisation names, folded, with their folded expansions. Order matters (longest first). */
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("skhcn", "so khoa hoc va cong nghe");
        ABBREVIATIONS.put("khcn", "khoa hoc va cong nghe");
        ABBREVIATIONS.put("khxh", "khoa hoc xa hoi");
        ABBREVIATIONS.put("ctcp", "cong ty co phan");
        ABBREVIATIONS.put("cty", "cong ty");
        ABBREVIATIONS.put("ubnd", "uy ban nhan dan");
        ABBREVIATIONS.put("dhqg", "dai hoc quoc gia");
        ABBREVIATIONS.put("dh", "dai hoc");
        ABBREVIATIONS.put("cd", "cao dang");
        ABBREVIATIONS.put("hv", "hoc vien");
        ABBREVIATIONS.put("vn", "viet nam");
        ABBREVIATIONS.put("tp", "thanh pho");
        ABBREVIATIONS.put("hp", "hai phong");
        ABBREVIATIONS.put("kh", "khoa hoc");
        ABBREVIATIONS.put("cn", "cong nghe");
        ABBREVIATIONS.put("nc", "nghien cuu");
        ABBREVIATIONS.put("tt", "trung tam");
        ABBREVIATIONS.put("bv", "benh vien");
        ABBREVIATIONS.put("pt", "phat trien");
        ABBREVIATIONS.put("tm", "thuong mai");
        ABBREVIATIONS.put("dv", "dich vu");
    }

    /** Long forms that are usually written short; replaced by the short form so both spellings agree. */
    private static final Map<String, String> CONTRACTIONS = Map.of(
            "trach nhiem huu han", "tnhh",
            "mot thanh vien", "mtv");

    private VietnameseText() {
    }

    /** NFC, single spaces, trimmed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    /** Blank becomes null, anything else {@link #clean(String)}. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** Lower case without any diacritic: "Đổi mới sáng tạo" → "doi moi sang tao". */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D');
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /**
     * One tone placement for open syllables ending in oa, oe, uy: the mark goes on the first vowel (hoà → hòa,
     * khoẻ → khỏe, thuý → thúy), as DESIGN §4 asks. Other syllables are left alone; the result is NFC.
     */
    public static String normaliseTones(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String nfd = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(nfd.length());
        int start = 0;
        for (int i = 0; i <= nfd.length(); i++) {
            if (i == nfd.length() || !isWordChar(nfd.charAt(i))) {
                if (i > start) {
                    out.append(moveTone(nfd.substring(start, i)));
                }
                if (i < nfd.length()) {
                    out.append(nfd.charAt(i));
                }
                start = i + 1;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** A decomposed syllable "...V1 V2 T" where V1V2 is oa/oe/uy and T a tone mark: becomes "...V1 T V2". */
    private static String moveTone(String syllable) {
        int n = syllable.length();
        if (n < 3) {
            return syllable;
        }
        char tone = syllable.charAt(n - 1);
        char second = syllable.charAt(n - 2);
        char first = syllable.charAt(n - 3);
        if (TONES.indexOf(tone) < 0 || !Character.isLetter(second) || !Character.isLetter(first)) {
            return syllable;
        }
        char a = Character.toLowerCase(first);
        char b = Character.toLowerCase(second);
        boolean pair = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
        if (!pair) {
            return syllable;
        }
        if (a == 'u' && n >= 4 && Character.toLowerCase(syllable.charAt(n - 4)) == 'q') {
            return syllable; // "quý": qu is a consonant, both placements agree
        }
        return syllable.substring(0, n - 2) + tone + second;
    }

    /**
     * The canonical name for duplicate detection: folded, punctuation removed, abbreviations expanded
     * ("Trường ĐH Hàng hải VN" and "Truong Dai hoc Hang hai Viet Nam" both give "truong dai hoc hang hai viet nam").
     */
    public static String canonicalName(String name) {
        if (name == null) {
            return "";
        }
        String folded = fold(clean(name)).replace("&", " va ");
        folded = folded.replaceAll("\\bkh\\s*va\\s*cn\\b", "khcn").replaceAll("\\bkh\\s*-\\s*cn\\b", "khcn");
        String[] tokens = NOT_WORD.matcher(folded).replaceAll(" ").strip().split(" ");
        StringBuilder out = new StringBuilder();
        for (String token : tokens) {
            if (token.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(ABBREVIATIONS.getOrDefault(token, token));
        }
        String result = out.toString();
        for (var contraction : CONTRACTIONS.entrySet()) {
            result = result.replace(contraction.getKey(), contraction.getValue());
        }
        return result;
    }

    /** Words of a canonical name. */
    public static List<String> words(String canonical) {
        return canonical.isBlank() ? List.of() : Arrays.asList(canonical.split(" "));
    }

    /** Dice coefficient of the two names' word sets, 0..1 (1 = same words). */
    public static double similarity(String canonicalA, String canonicalB) {
        Set<String> a = new HashSet<>(words(canonicalA));
        Set<String> b = new HashSet<>(words(canonicalB));
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return 2.0 * common.size() / (a.size() + b.size());
    }
}
