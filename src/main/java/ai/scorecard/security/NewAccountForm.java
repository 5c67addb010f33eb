package ai.scorecard.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Data;

/** An account an administrator creates, or a new password an administrator sets. */
@Data
public class NewAccountForm {

    @NotBlank
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,59}$", message = "{account.username.format}")
    private String username;

    @NotNull
    private Role role = Role.EDITOR;

    @NotBlank
    @Size(min = 12, max = 128, message = "{account.password.length}")
    private String password;
}
