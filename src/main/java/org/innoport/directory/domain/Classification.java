package org.innoport.directory.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A field (lĩnh vực) or sector (ngành) of the TT 24/2025 S&T classification. Reference data. */
@Entity
@Table(name = "classification", schema = "directory")
public class Classification {

    @Id
    private String code;
    private String level;
    private String parentCode;
    private String nameVi;
    private String nameEn;
    private int position;

    protected Classification() {
    }

    public String getCode() {
        return code;
    }

    public String getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getNameVi() {
        return nameVi;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }
}
