package ai.scorecard;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Each entry is an IP address or a CIDR range, as the trusted-proxy filter reads them (blank entries are
 * skipped). Checked without a DNS lookup: Spring Security refuses host names before resolving anything.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ProxyAddresses.Check.class)
@interface ProxyAddresses {

    String message() default "must list IP addresses or CIDR ranges, comma-separated, such as 127.0.0.1,::1 or "
            + "10.0.0.0/8 (a host name is not accepted; empty trusts no proxy)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<ProxyAddresses, List<String>> {

        @Override
        public boolean isValid(List<String> proxies, ConstraintValidatorContext context) {
            return proxies == null || proxies.stream().map(String::trim).filter(proxy -> !proxy.isEmpty())
                    .allMatch(Check::isAddressOrRange);
        }

        private static boolean isAddressOrRange(String proxy) {
            try {
                new IpAddressMatcher(proxy);
                return true;
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
    }
}
