package ai.scorecard.importing;

import ai.scorecard.importing.Preview.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /import}: the upload form, the preview of a file's facts, and their commit. */
@Controller
@RequiredArgsConstructor
class ImportController {

    static final String PAGE = "import/page";

    private final FactImport facts;
    private final Previews previews;
    private final MessageSource messages;

    @GetMapping("/import")
    String form(@RequestParam(name = "tooLarge", required = false) String tooLarge, Locale locale, Model model) {
        model.addAttribute("columns", FactImport.COLUMNS).addAttribute("values", FactImport.VALUES);
        if (tooLarge != null) {
            model.addAttribute("fileProblem", messages.getMessage("import.file.tooLarge",
                    new Object[] {UploadLimit.LIMIT}, locale));
        }
        return PAGE;
    }

    @PostMapping("/import")
    String preview(@RequestParam(name = "file", required = false) MultipartFile file, Principal editor, Locale locale,
            Model model, HttpServletResponse response) throws IOException {
        model.addAttribute("columns", FactImport.COLUMNS).addAttribute("values", FactImport.VALUES);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return refused(model, locale, response, "import.file.missing");
        }
        Preview preview;
        try {
            preview = facts.preview(file.getOriginalFilename(),
                    Spreadsheet.read(file.getOriginalFilename(), file.getBytes(), FactImport.REQUIRED));
        } catch (BadFile bad) {
            return refused(model, locale, response, bad.code(), bad.arguments());
        }
        model.addAttribute("preview", preview);
        model.addAttribute("reasons", reasons(preview.refusals(), locale));
        if (preview.committable()) {
            model.addAttribute("token", previews.keep(editor.getName(), preview));
        } else if (!preview.refusals().isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return PAGE;
    }

    @PostMapping("/import/commit")
    String commit(@RequestParam(name = "token", required = false) String token, Principal editor, Locale locale,
            Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Integer> recorded = previews.take(editor.getName(), token).flatMap(facts::commit);
        if (recorded.isEmpty()) {
            model.addAttribute("columns", FactImport.COLUMNS).addAttribute("values", FactImport.VALUES);
            return refused(model, locale, response, "import.commit.refused");
        }
        redirect.addFlashAttribute("recorded", recorded.get());
        return "redirect:/import";
    }

    @GetMapping("/import/template/facts.csv")
    ResponseEntity<byte[]> template() {
        byte[] header = (String.join(",", FactImport.COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("facts.csv").build().toString())
                .body(header);
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
