package org.innoport.policy.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A commitment stated in a document, kept in the document's own words. Part of the {@link PolicyDocument}. */
@Entity
@Table(schema = "policy", name = "commitments")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private PolicyDocument document;
    private String code;
    private String text;
    private Integer targetYear;
    private int position;

    protected Commitment() {
    }

    Commitment(PolicyDocument document, String code, String text, Integer targetYear, int position) {
        this.document = document;
        this.code = code.strip();
        this.text = text.strip();
        this.targetYear = targetYear;
        this.position = position;
    }

    /** What a revision says a commitment is. */
    public record Text(String code, String text, Integer targetYear) {
    }

    void reword(String text, Integer targetYear) {
        this.text = text.strip();
        this.targetYear = targetYear;
    }

    public String code() {
        return code;
    }

    public String text() {
        return text;
    }

    public Integer targetYear() {
        return targetYear;
    }
}
