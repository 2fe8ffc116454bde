package org.innoport.identity.web;

import jakarta.validation.constraints.NotBlank;

/** The profile page's password change. */
public record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
                                 @NotBlank String confirmation) {

    static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }

    @Override
    public String toString() {
        return "PasswordChangeForm[****]";
    }
}
