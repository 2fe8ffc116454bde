package org.innoport.exchange;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * What the owner writes on a listing. {@code ownerOrganisationId} may be null: the signed-in user's organisation.
 * {@code field} is a classification code of the directory (e.g. 405 Thủy sản). {@code version} is required when
 * changing a listing (the version read), ignored when creating one.
 */
public record ListingDetails(
        @NotNull ListingKind kind,
        @NotNull ListingCategory category,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 1000) String summary,
        @Size(max = 20000) String description,
        @NotBlank @Size(max = 20) String field,
        List<@Size(max = 80) String> keywords,
        @Min(1) @Max(9) Integer trl,
        @NotNull IpStatus ipStatus,
        @NotNull PriceKind priceKind,
        @PositiveOrZero Long priceVnd,
        @Size(max = 2000) String terms,
        @Size(max = 100) String location,
        @Size(max = 200) String contactName,
        @Size(max = 200) String contactEmail,
        @Size(max = 50) String contactPhone,
        UUID ownerOrganisationId,
        Long version) {

    public List<String> keywords() {
        return keywords == null ? List.of() : keywords;
    }
}
