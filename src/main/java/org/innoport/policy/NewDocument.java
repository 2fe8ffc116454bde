package org.innoport.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Records a document. {@code issuedYear} is required; {@code issuedOn} when the exact date is known. */
public record NewDocument(@NotBlank @Size(max = 80) String number, LocalDate issuedOn,
                          @NotNull @Min(1945) @Max(2100) Integer issuedYear, @NotBlank @Size(max = 300) String issuer,
                          @NotNull DocumentKind kind, @NotBlank @Size(max = 2000) String title,
                          List<@NotBlank String> implementsNumbers, List<@Valid NewCommitment> commitments) {

    public record NewCommitment(@NotBlank @Size(max = 120) String code, @NotBlank @Size(max = 4000) String text,
                                Integer targetYear) {
    }
}
