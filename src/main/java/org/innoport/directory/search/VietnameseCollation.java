package org.innoport.directory.search;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.HexFormat;
import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * Vietnamese alphabetical order (ICU {@code vi}: a ă â b c d đ e ê ...). As a {@link ValueBridge} it indexes a
 * name as its collation key in hex, so that the index sorts names by plain byte order in Vietnamese order.
 */
public final class VietnameseCollation implements ValueBridge<String, String> {

    private static final Collator COLLATOR = Collator.getInstance(new ULocale("vi")).freeze();
    private static final HexFormat HEX = HexFormat.of();

    /** Compares strings in Vietnamese order; thread-safe. */
    public static final Comparator<String> ORDER = COLLATOR::compare;

    public static String sortKey(String text) {
        return text == null ? null : HEX.formatHex(COLLATOR.getCollationKey(text).toByteArray());
    }

    @Override
    public String toIndexedValue(String value, ValueBridgeToIndexedValueContext context) {
        return sortKey(value);
    }
}
