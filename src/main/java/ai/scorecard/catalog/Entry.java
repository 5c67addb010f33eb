package ai.scorecard.catalog;

import java.util.Locale;

/** What a company and a product have in common as entries of the catalog: an address, a name, a version. */
public interface Entry {

    Long getId();

    String getSlug();

    String name(Locale locale);

    /** Moves on with every saved change; a form carries the one it started from. */
    long getVersion();
}
