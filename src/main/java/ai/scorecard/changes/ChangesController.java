package ai.scorecard.changes;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** {@code /changes} and its Atom feeds, for all and per company. */
@Controller
@RequiredArgsConstructor
class ChangesController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ChangeLog log;
    private final Catalog catalog;
    private final MessageSource messages;

    @GetMapping("/changes")
    String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String company, Model model) {
        ChangeWindow window = ChangeWindow.of(from, to, log.today());
        Company about = company == null || company.isBlank() ? null : find(company);
        model.addAttribute("changes", about == null ? log.between(window) : log.about(about, window));
        model.addAttribute("company", about);
        model.addAttribute("feedUrl", about == null ? "/changes.atom" : feedPath(about));
        return "changes/page";
    }

    @GetMapping(value = "/changes.atom")
    ResponseEntity<String> feed(HttpServletRequest request, Locale locale) {
        ChangeWindow window = ChangeWindow.of(null, null, log.today());
        return atom(new ChangesFeed(messages, locale, base(request), host(request), log.zone())
                .write(log.between(window), null, "/changes.atom", "/changes"));
    }

    @GetMapping(value = "/companies/{slug}/changes.atom")
    ResponseEntity<String> companyFeed(@PathVariable String slug, HttpServletRequest request, Locale locale) {
        Company company = find(slug);
        ChangeWindow window = ChangeWindow.of(null, null, log.today());
        return atom(new ChangesFeed(messages, locale, base(request), host(request), log.zone())
                .write(log.about(company, window), company, feedPath(company), "/changes?company=" + slug));
    }

    /** Dates the wrong way round: said plainly, with both dates, on the page every bad address gets. */
    @ExceptionHandler(ChangeWindow.Reversed.class)
    ModelAndView reversed(ChangeWindow.Reversed e, Locale locale, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        ModelAndView page = new ModelAndView("error/400");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        page.addObject("reason", messages.getMessage("changes.reversed",
                new Object[] {e.from().toString(), e.to().toString()}, locale));
        return page;
    }

    static String feedPath(Company company) {
        return "/companies/" + company.getSlug() + "/changes.atom";
    }

    private static ResponseEntity<String> atom(String feed) {
        return ResponseEntity.ok().contentType(ATOM).body(feed);
    }

    private static String base(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    }

    private static String host(HttpServletRequest request) {
        UriComponents site = ServletUriComponentsBuilder.fromContextPath(request).build();
        return site.getHost() == null ? "localhost" : site.getHost();
    }

    private Company find(String slug) {
        return catalog.company(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
