package ai.scorecard.catalog;

/** The rule an address name (slug) follows, as the schema's check constraint states it too. */
public final class Slug {

    public static final String FORMAT = "^[a-z0-9]+(-[a-z0-9]+)*$";

    private Slug() {
    }
}
