package org.innoport.indicators.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.innoport.indicators.Period;
import org.innoport.indicators.Qualifier;
import org.innoport.indicators.ValueStatus;
import org.innoport.shared.RuleViolationException;

/** One value of an indicator for an area and a period, with where it came from. */
@Entity
@Table(schema = "indicators", name = "data_values")
public class DataValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long indicatorId;
    private String area;
    @Enumerated(EnumType.STRING)
    private Period.Kind periodKind;
    private Integer periodStart;
    private Integer periodEnd;
    private BigDecimal value;
    @Enumerated(EnumType.STRING)
    private Qualifier qualifier;
    @Enumerated(EnumType.STRING)
    private ValueStatus status;
    private String sourceDocument;
    private String sourcePublication;
    private String sourcePage;
    private String quote;
    private String note;
    private Instant recordedAt;
    @Version
    private long version;

    protected DataValue() {
    }

    public DataValue(Indicator indicator, String area, Period period, ValueContent content, Instant now) {
        this.indicatorId = indicator.id();
        this.area = area;
        this.periodKind = period.kind();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        apply(indicator, content, now);
    }

    /** Replaces what the value says and where it came from; period and area stay (they identify the cell). */
    public void apply(Indicator indicator, ValueContent content, Instant now) {
        if (content.status() == ValueStatus.COMPUTED) {
            throw new RuleViolationException("status", "indicators.value.computed-not-stored");
        }
        if (indicator.formula() != null && content.status() != ValueStatus.REPORTED) {
            throw new RuleViolationException("status", "indicators.value.formula-only-reported");
        }
        if (indicator.lowerBound() != null && content.value().compareTo(indicator.lowerBound()) < 0
                || indicator.upperBound() != null && content.value().compareTo(indicator.upperBound()) > 0) {
            throw new RuleViolationException("value", "indicators.value.out-of-bounds",
                    indicator.lowerBound() == null ? "−∞" : indicator.lowerBound().toPlainString(),
                    indicator.upperBound() == null ? "∞" : indicator.upperBound().toPlainString());
        }
        if (isBlank(content.sourceDocument()) && isBlank(content.sourcePublication())) {
            throw new RuleViolationException("sourcePublication", "indicators.value.source-required");
        }
        this.value = content.value();
        this.qualifier = content.qualifier();
        this.status = content.status();
        this.sourceDocument = blankToNull(content.sourceDocument());
        this.sourcePublication = blankToNull(content.sourcePublication());
        this.sourcePage = blankToNull(content.sourcePage());
        this.quote = blankToNull(content.quote());
        this.note = blankToNull(content.note());
        this.recordedAt = now;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public Long indicatorId() {
        return indicatorId;
    }

    public String area() {
        return area;
    }

    public Period period() {
        return new Period(periodKind, periodStart, periodEnd);
    }

    public ValueContent content() {
        return new ValueContent(value, qualifier, status, sourceDocument, sourcePublication, sourcePage, quote, note);
    }

    public long version() {
        return version;
    }
}
