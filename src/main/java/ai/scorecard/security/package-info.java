/**
 * Accounts, sign-in ({@code /login}), their administration ({@code /admin/accounts}) and the rules of who
 * may do what.
 */
@ApplicationModule(allowedDependencies = {"history", "web"})
package ai.scorecard.security;

import org.springframework.modulith.ApplicationModule;
