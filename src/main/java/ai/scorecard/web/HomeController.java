package ai.scorecard.web;

import ai.scorecard.company.Companies;
import ai.scorecard.fact.Facts;
import ai.scorecard.product.Products;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class HomeController {

    private final Companies companies;
    private final Products products;
    private final Facts facts;

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("companies", companies.findAllByOrderByNameEnAsc());
        model.addAttribute("productCount", products.count());
        model.addAttribute("factCount", facts.count());
        return "home";
    }
}
