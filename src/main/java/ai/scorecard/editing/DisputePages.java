package ai.scorecard.editing;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.fact.Dispute;
import ai.scorecard.fact.DisputeOutcome;
import ai.scorecard.fact.Fact;
import ai.scorecard.fact.FactLedger;
import ai.scorecard.fact.RightOfReply;
import ai.scorecard.source.Language;
import ai.scorecard.source.Source;
import ai.scorecard.source.SourceKind;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The right of reply, under the fact's own address ({@code /products/{slug}/facts/{id}/dispute},
 * {@code /companies/{slug}/facts/{id}/dispute}, editors only): an editor records that someone disputes a fact,
 * citing the counter-source the way a fact cites its source, and later resolves the dispute with a reason.
 */
@Controller
@RequiredArgsConstructor
@RequestMapping("/{kind:companies|products}/{slug}/facts/{id}")
class DisputePages {

    private final Catalog catalog;
    private final FactLedger ledger;
    private final RightOfReply disputes;
    private final Citations citations;
    private final FormKeys formKeys;

    @GetMapping("/dispute")
    String newDispute(@PathVariable String kind, @PathVariable String slug, @PathVariable long id, Model model) {
        Subject subject = found(kind, slug);
        DisputeForm form = new DisputeForm();
        form.setFormKey(FormKeys.fresh());
        return form(subject, fact(subject, id), form, model);
    }

    @PostMapping("/dispute")
    String dispute(@PathVariable String kind, @PathVariable String slug, @PathVariable long id,
            @ModelAttribute("form") DisputeForm form, BindingResult errors, @RequestParam(required = false) String next,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Subject subject = found(kind, slug);
        Fact fact = fact(subject, id);
        if (FactPages.FIND.equals(next)) {
            return form(subject, fact, form, model);
        }
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Optional<Source> cited = citations.checked(form, errors);
        FieldErrors.add(disputes.check(form.toDraft(cited.orElse(null))), errors, DisputeForm::formField);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(subject, fact, form, model);
        }
        DisputeOutcome outcome = formKeys.save(form.getFormKey(),
                () -> disputes.dispute(fact.getId(), form.toDraft(citations.stored(form))),
                done -> done instanceof DisputeOutcome.Done ? Optional.of(subject.pathOf(fact)) : Optional.empty());
        if (outcome instanceof DisputeOutcome.Done) {
            redirect.addFlashAttribute("saved", "saved.fact.disputed");
            return "redirect:" + subject.pathOf(fact);
        }
        refuse(outcome, errors, response);
        return form(subject, fact, form, model);
    }

    @GetMapping("/disputes/{disputeId}/resolve")
    String resolution(@PathVariable String kind, @PathVariable String slug, @PathVariable long id,
            @PathVariable long disputeId, Model model) {
        Subject subject = found(kind, slug);
        RetractionForm form = new RetractionForm();
        form.setFormKey(FormKeys.fresh());
        return resolutionForm(subject, open(subject, id, disputeId), form, model);
    }

    @PostMapping("/disputes/{disputeId}/resolve")
    String resolve(@PathVariable String kind, @PathVariable String slug, @PathVariable long id,
            @PathVariable long disputeId, @ModelAttribute("form") RetractionForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Subject subject = found(kind, slug);
        Optional<String> first = formKeys.alreadySaved(form.getFormKey(), redirect);
        if (first.isPresent()) {
            return first.get();
        }
        Dispute dispute = open(subject, id, disputeId);
        DisputeOutcome outcome = formKeys.save(form.getFormKey(), () -> disputes.resolve(disputeId, form.getReason()),
                done -> done instanceof DisputeOutcome.Done ? Optional.of(subject.pathOf(dispute.getFact()))
                        : Optional.empty());
        if (outcome instanceof DisputeOutcome.Done) {
            redirect.addFlashAttribute("saved", "saved.dispute.resolved");
            return "redirect:" + subject.pathOf(dispute.getFact());
        }
        refuse(outcome, errors, response);
        return resolutionForm(subject, dispute, form, model);
    }

    private static void refuse(DisputeOutcome outcome, BindingResult errors, HttpServletResponse response) {
        if (outcome instanceof DisputeOutcome.Refused refused) {
            FieldErrors.add(refused.problems(), errors, DisputeForm::formField);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else {
            errors.reject("dispute.changedMeanwhile");
            response.setStatus(HttpStatus.CONFLICT.value());
        }
    }

    private Subject found(String kind, String slug) {
        Optional<Subject> subject = "companies".equals(kind) ? catalog.company(slug).map(Subject::of)
                : catalog.product(slug).map(Subject::of);
        return subject.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** A current fact of the subject: a superseded one is disputed in the history, if at all, not from a form. */
    private Fact fact(Subject subject, long id) {
        return ledger.current(id).filter(subject::owns)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private Dispute open(Subject subject, long factId, long disputeId) {
        return disputes.find(disputeId).filter(Dispute::isOpen)
                .filter(dispute -> dispute.getFact().getId() == factId && subject.owns(dispute.getFact()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(Subject subject, Fact fact, DisputeForm form, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("fact", fact);
        model.addAttribute("form", form);
        model.addAttribute("sources", citations.offered(form));
        model.addAttribute("languages", Language.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        return "facts/dispute";
    }

    private static String resolutionForm(Subject subject, Dispute dispute, RetractionForm form, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("dispute", dispute);
        model.addAttribute("fact", dispute.getFact());
        model.addAttribute("form", form);
        return "facts/resolve";
    }
}
