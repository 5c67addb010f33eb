package ai.scorecard.importing;

import ai.scorecard.importing.Imports.Committed;
import ai.scorecard.importing.Preview.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /import}: the upload form, the preview of a file's rows, and their commit. */
@Controller
@RequiredArgsConstructor
class ImportController {

    static final String PAGE = "import/page";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Imports imports;
    private final ImportProgress importProgress;
    private final MessageSource messages;

    @GetMapping("/import")
    String form(@RequestParam(name = "tooLarge", required = false) String tooLarge, Locale locale, Model model) {
        documented(model);
        if (tooLarge != null) {
            model.addAttribute("fileProblem", messages.getMessage("import.file.tooLarge",
                    new Object[] {UploadLimit.LIMIT}, locale));
        }
        return PAGE;
    }

    @PostMapping("/import")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "progress", required = false) String progress, Principal editor, Locale locale,
            Model model, HttpServletResponse response) throws IOException {
        documented(model);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return refused(model, locale, response, "import.file.missing");
        }
        Imports.Shown shown;
        try {
            shown = imports.preview(editor.getName(), kind(kind), file.getOriginalFilename(), file.getBytes(),
                    progress);
        } catch (BadFile bad) {
            return refused(model, locale, response, bad.code(), bad.arguments());
        }
        model.addAttribute("preview", shown.preview()).addAttribute("token", shown.token())
                .addAttribute("reasons", reasons(shown.preview().refusals(), locale));
        if (!shown.preview().refusals().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return PAGE;
    }

    @PostMapping("/import/commit")
    String commit(@RequestParam(name = "token", required = false) String token,
            @RequestParam(name = "progress", required = false) String progress, Principal editor, Locale locale,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Committed committed = imports.commit(editor.getName(), token, progress);
        if (committed instanceof Committed.Recorded recorded) {
            redirect.addFlashAttribute("recorded", recorded.count())
                    .addFlashAttribute("recordedKind", recorded.kind().path());
            return "redirect:/import";
        }
        return refused(documented(model), locale, response, committed instanceof Committed.Changed
                ? "import.commit.changed" : "import.commit.refused");
    }

    /**
     * How far the editor's preview or commit under the page's id has got, as a sentence for the page's progress
     * line (js/import-progress.js asks every second while the work runs); 404 until the work has begun.
     */
    @GetMapping(path = "/import/progress/{id}", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> progress(@PathVariable String id, Principal editor, Locale locale) {
        return importProgress.find(id, editor.getName())
                .map(shown -> ResponseEntity.ok().cacheControl(CacheControl.noStore())
                        .body(messages.getMessage("import.progress." + shown.stage(),
                                new Object[] {shown.done(), shown.total()}, locale)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/import/template/{kind}.csv")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        ImportKind chosen = kind(kind);
        if (chosen == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] header = (String.join(",", imports.of(chosen).columns()) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(chosen.path() + ".csv").build().toString())
                .body(header);
    }

    /** A kind's columns and their listed values, which the page documents. */
    record Documented(String kind, List<String> columns, Map<String, List<String>> values) {
    }

    private Model documented(Model model) {
        byte[] id = new byte[16];
        RANDOM.nextBytes(id);
        model.addAttribute("progressId", HexFormat.of().formatHex(id));
        return model.addAttribute("kinds", Arrays.stream(ImportKind.values()).map(imports::of)
                .map(rows -> new Documented(rows.kind().path(), rows.columns(), rows.values())).toList());
    }

    /** The kind named in the form or the address; null for none or an unknown name (detect it from the header). */
    private static ImportKind kind(String name) {
        return Arrays.stream(ImportKind.values()).filter(kind -> kind.path().equals(name)).findFirst().orElse(null);
    }

    /** The form again, with why the file or the commit was refused. Nothing was stored. */
    private String refused(Model model, Locale locale, HttpServletResponse response, String code,
            Object... arguments) {
        model.addAttribute("fileProblem", messages.getMessage(code, arguments, locale));
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return PAGE;
    }

    /** Each refusal's reason in the reader's language, with the texts it names. */
    private List<String> reasons(List<Refusal> refusals, Locale locale) {
        List<String> reasons = new ArrayList<>();
        for (Refusal refusal : refusals) {
            List<Object> arguments = new ArrayList<>(refusal.arguments());
            refusal.argumentCodes().forEach(code -> arguments.add(new DefaultMessageSourceResolvable(code)));
            reasons.add(messages.getMessage(new DefaultMessageSourceResolvable(new String[] {refusal.code()},
                    arguments.toArray(), refusal.message()), locale));
        }
        return reasons;
    }
}
