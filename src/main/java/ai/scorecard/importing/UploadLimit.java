package ai.scorecard.importing;

import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit ({@code spring.servlet.multipart.max-file-size}) is refused before any
 * controller sees it; the editor gets the import form again with the limit, not an error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class UploadLimit {

    private final MessageSource messages;

    static final String LIMIT = "20 MB";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(Locale locale) {
        ModelAndView page = new ModelAndView(ImportController.PAGE, HttpStatus.CONTENT_TOO_LARGE);
        page.addObject("columns", FactImport.COLUMNS);
        page.addObject("values", FactImport.VALUES);
        page.addObject("fileProblem", messages.getMessage("import.file.tooLarge", new Object[] {LIMIT}, locale));
        return page;
    }
}
