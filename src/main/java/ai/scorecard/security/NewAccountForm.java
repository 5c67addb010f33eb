package ai.scorecard.security;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
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
    @BcryptLength
    private String password;

    /** BCrypt reads at most 72 bytes of a password, and Spring's encoder refuses a longer one. */
    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= 72;
    }

    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = BcryptLength.Check.class)
    @interface BcryptLength {

        String message() default "{account.password.bytes}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Check implements ConstraintValidator<BcryptLength, String> {

            @Override
            public boolean isValid(String password, ConstraintValidatorContext context) {
                return password == null || fitsBcrypt(password);
            }
        }
    }
}
