package org.innoport.evaluation;

import java.util.List;
import java.util.UUID;

/** A reference scoring template. */
public record TemplateView(UUID id, String code, CouncilType councilType, String nameVi, String nameEn,
                           List<CouncilView.CriterionView> criteria) {
}
