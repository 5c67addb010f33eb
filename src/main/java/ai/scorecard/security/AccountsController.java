package ai.scorecard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.security.Principal;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators create accounts, disable them, reset their passwords and set their roles. */
@Controller
@RequiredArgsConstructor
class AccountsController {

    static final int MINIMUM_PASSWORD = 12;

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SessionRevocation sessions;

    @GetMapping("/admin/accounts")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccountForm());
        }
        model.addAttribute("accounts", accounts.findAllByOrderByUsernameAsc());
        model.addAttribute("roles", Role.values());
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    @Transactional
    public String create(@Valid @ModelAttribute("form") NewAccountForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        if (!errors.hasFieldErrors("username") && accounts.existsByUsername(form.getUsername())) {
            errors.rejectValue("username", "account.username.taken");
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return list(model);
        }
        accounts.save(new Account(form.getUsername(), encoder.encode(form.getPassword()), form.getRole()));
        redirect.addFlashAttribute("saved", "saved.account.created");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{username}/role")
    @Transactional
    public String role(@PathVariable String username, @RequestParam Role role, Principal me,
            RedirectAttributes redirect) {
        Account account = find(username);
        refuseOnSelf(account, me);
        if (account.getRole() != role) {
            account.changeRole(role);
            // A session keeps the rights it signed in with: a demoted administrator must not keep theirs.
            sessions.endSessionsOf(username);
        }
        redirect.addFlashAttribute("saved", "saved.account.updated");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{username}/enabled")
    @Transactional
    public String enabled(@PathVariable String username, @RequestParam boolean enabled, Principal me,
            RedirectAttributes redirect) {
        Account account = find(username);
        refuseOnSelf(account, me);
        account.enable(enabled);
        if (!enabled) {
            sessions.endSessionsOf(username);
        }
        redirect.addFlashAttribute("saved", "saved.account.updated");
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{username}/password")
    @Transactional
    public String password(@PathVariable String username, @RequestParam String password, Principal me,
            HttpServletRequest request, RedirectAttributes redirect) {
        Account account = find(username);
        if (password.length() < MINIMUM_PASSWORD || password.length() > 128 || !NewAccountForm.fitsBcrypt(password)) {
            redirect.addFlashAttribute("problem", "account.password.length");
            return "redirect:/admin/accounts";
        }
        account.changePassword(encoder.encode(password));
        // Whoever knew the old password is signed out everywhere. An administrator resetting their own
        // password keeps the session they are using (they just proved who they are in it).
        HttpSession current = request.getSession(false);
        boolean own = account.getUsername().equals(me.getName());
        sessions.endSessionsOf(username, own && current != null ? current.getId() : null);
        redirect.addFlashAttribute("saved", "saved.account.password");
        return "redirect:/admin/accounts";
    }

    private Account find(String username) {
        return accounts.findByUsername(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** An administrator cannot lock themselves out by demoting or disabling their own account. */
    private static void refuseOnSelf(Account account, Principal me) {
        if (account.getUsername().equals(me.getName())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }
}
