package ai.scorecard.importing;

import ai.scorecard.catalog.Catalog;
import ai.scorecard.catalog.Company;
import ai.scorecard.catalog.CompanyDraft;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Imports companies in the columns of the seed's {@code companies.csv}. */
@Service
class CompanyImport extends CatalogImport<Company, CompanyDraft> {

    static final List<String> COLUMNS = List.of("slug", "name_en", "name_zh", "headquarters", "summary",
            "headquarters_zh", "summary_zh");

    private static final List<String> REQUIRED = List.of("slug", "name_en", "name_zh", "headquarters", "summary");

    CompanyImport(Catalog catalog) {
        super(catalog);
    }

    @Override
    public ImportKind kind() {
        return ImportKind.COMPANIES;
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> required() {
        return REQUIRED;
    }

    @Override
    public Map<String, List<String>> values() {
        return Map.of();
    }

    @Override
    CompanyDraft draft(Cells cells) {
        return new CompanyDraft(cells.text("slug"), cells.text("name_en"), cells.optional("name_zh"),
                cells.optional("headquarters"), cells.optional("summary"), cells.optional("headquarters_zh"),
                cells.optional("summary_zh"));
    }

    @Override
    Map<String, CompanyDraft> stored() {
        return catalog.companies().stream().map(company -> new CompanyDraft(company.getSlug(), company.getNameEn(),
                company.getNameZh(), company.getHeadquarters(), company.getSummary(), company.getHeadquartersZh(),
                company.getSummaryZh())).collect(Collectors.toMap(CompanyDraft::slug, Function.identity()));
    }

    @Override
    String name(CompanyDraft draft) {
        return draft.nameEn();
    }
}
