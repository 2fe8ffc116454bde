package org.innoport.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores {@link Money} as a {@code bigint} of dong. Applied automatically to every {@code Money} attribute:
 * <pre>{@code
 * @Column(name = "approved_amount") private Money approvedAmount;   -- approved_amount bigint
 * }</pre>
 * For several amounts in one {@code @Embeddable}, name each column; no {@code @Convert} is needed.
 */
@Converter(autoApply = true)
public class MoneyConverter implements AttributeConverter<Money, Long> {

    @Override
    public Long convertToDatabaseColumn(Money money) {
        return money == null ? null : money.dong();
    }

    @Override
    public Money convertToEntityAttribute(Long dong) {
        return dong == null ? null : Money.of(dong);
    }
}
