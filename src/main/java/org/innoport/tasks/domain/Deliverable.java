package org.innoport.tasks.domain;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A product the contract promises, with its due date. */
@Embeddable
public class Deliverable {

    private String name;
    private LocalDate dueDate;

    protected Deliverable() {
    }

    public Deliverable(String name, LocalDate dueDate) {
        this.name = name;
        this.dueDate = dueDate;
    }

    public String name() { return name; }
    public LocalDate dueDate() { return dueDate; }
}
