package ai.scorecard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.scorecard.checks.Problem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog's answers to a plain command, the same for a form, an import row or an API call: saved,
 * invalid with each field's reason, slug taken, or changed meanwhile.
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
class CatalogTest {

    @Autowired
    Catalog catalog;

    @Autowired
    ApplicationEvents events;

    @Test
    void aValidCompanyIsSavedAndAnnounced() {
        Outcome<Company> outcome = catalog.create(new CompanyDraft("baidu", "  Baidu ", " ", null, "Ernie"));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Saved.class, saved ->
                assertThat((Company) saved.record()).extracting(Company::getNameEn, Company::getNameZh)
                        .containsExactly("Baidu", null));
        assertThat(catalog.company("baidu")).isPresent();
        assertThat(events.stream(CompanyChanged.class)).containsExactly(new CompanyChanged("baidu"));
    }

    @Test
    void anInvalidDraftIsRefusedFieldByFieldAndNothingIsStored() {
        Outcome<Product> outcome = catalog.create(new ProductDraft("Not A Slug", "no-such-company", "",
                null, null, Stage.LAUNCHED, null, "ok\u0007", MonetizationAtLaunch.UNKNOWN, GrowthDriver.UNKNOWN,
                IntegrationDepth.UNKNOWN, Weight.MINOR));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.Invalid.class, invalid ->
                assertThat(((Outcome.Invalid<?>) invalid).problems()).extracting(Problem::field, Problem::code)
                        .containsExactlyInAnyOrder(tuple("slug", "Pattern"), tuple("nameEn", "NotBlank"),
                                tuple("category", "NotNull"), tuple("summary", "PlainText"),
                                tuple("company", "product.company.unknown")));
        assertThat(catalog.product("Not A Slug")).isEmpty();
        assertThat(events.stream(ProductChanged.class)).isEmpty();
    }

    @Test
    void aTakenSlugIsSaidSo() {
        assertThat(catalog.create(new CompanyDraft("bytedance", "Another ByteDance", null, null, null)))
                .isInstanceOf(Outcome.SlugTaken.class);
    }

    @Test
    void aChangeMadeFromAnOlderVersionIsAConflictAndChangesNothing() {
        Product doubao = catalog.product("doubao").orElseThrow();
        ProductDraft renamed = new ProductDraft("doubao", "bytedance", "Doubao renamed", doubao.getNameZh(),
                doubao.getCategory(), doubao.getStage(), doubao.getLaunchDate(), doubao.getSummary(),
                doubao.getMonetizationAtLaunch(), doubao.getGrowthDriver(), doubao.getIntegrationDepth(),
                doubao.getWeight());

        Outcome<Product> outcome = catalog.update(doubao, doubao.getVersion() - 1, renamed);

        assertThat(outcome).isInstanceOf(Outcome.EditConflict.class);
        assertThat(catalog.product("doubao").orElseThrow().getNameEn()).isEqualTo("Doubao");
        assertThat(catalog.update(doubao, doubao.getVersion(), renamed)).isInstanceOf(Outcome.Saved.class);
        assertThat(catalog.product("doubao").orElseThrow().getNameEn()).isEqualTo("Doubao renamed");
    }
}
