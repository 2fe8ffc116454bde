package org.innoport.tasks.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.innoport.shared.Money;
import org.innoport.tasks.ProgrammeKind;

/** A city S&T programme with its period, managing unit, implemented policy documents and ceiling per fiscal year. */
@Entity
@Table(schema = "tasks", name = "programmes")
public class Programme {

    @Id
    private UUID id;
    private String code;
    @Enumerated(EnumType.STRING)
    private ProgrammeKind kind;
    private String name;
    private int periodFrom;
    private int periodTo;
    private String managingUnit;
    private String policyNumbers;
    @Version
    private Long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @OptimisticLock(excluded = true)
    @CollectionTable(schema = "tasks", name = "programme_ceilings", joinColumns = @JoinColumn(name = "programme_id"))
    @MapKeyColumn(name = "fiscal_year")
    @Column(name = "amount")
    private Map<Integer, Money> ceilings = new TreeMap<>();

    protected Programme() {
    }

    public Programme(String code, ProgrammeKind kind, String name, int periodFrom, int periodTo, String managingUnit,
                     List<String> policyNumbers, Money annualCeiling) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.kind = kind;
        this.name = name;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.managingUnit = managingUnit;
        this.policyNumbers = String.join(";", policyNumbers);
        for (int year = periodFrom; year <= periodTo; year++) {
            ceilings.put(year, annualCeiling);
        }
    }

    /** The ceiling of a fiscal year; zero outside the programme's period. */
    public Money ceiling(int fiscalYear) {
        return ceilings.getOrDefault(fiscalYear, Money.ZERO);
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public ProgrammeKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public int periodFrom() {
        return periodFrom;
    }

    public int periodTo() {
        return periodTo;
    }

    public String managingUnit() {
        return managingUnit;
    }

    public List<String> policyNumbers() {
        return policyNumbers == null || policyNumbers.isBlank() ? List.of()
                : Arrays.stream(policyNumbers.split(";")).toList();
    }

    public SortedMap<Integer, Money> ceilings() {
        return new TreeMap<>(ceilings);
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
