package ai.scorecard.chart;

/**
 * HTML and SVG written out as a template would write them: attributes given as name and value pairs (an attribute
 * whose value is null is left out), and every value and text escaped, so that a name an editor typed is only ever
 * text. Each element starts a line, as in a template, so that the texts of neighbouring elements read apart (a
 * screen reader, or a copy of the chart's text); a tspan does not, since inside a text it would add a space.
 */
final class Markup {

    private final StringBuilder out = new StringBuilder(8192);

    /** An opening tag. */
    Markup open(String tag, String... attributes) {
        return tag(tag, attributes, ">");
    }

    /** An element with no content, written {@code <tag … />} as SVG allows. */
    Markup leaf(String tag, String... attributes) {
        return tag(tag, attributes, "/>");
    }

    /** An element holding only text. */
    Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Markup text(String text) {
        escape(text);
        return this;
    }

    Markup close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    private Markup tag(String tag, String[] attributes, String end) {
        if (!out.isEmpty() && !tag.equals("tspan")) {
            out.append('\n');
        }
        out.append('<').append(tag);
        attributes(attributes);
        out.append(end);
        return this;
    }

    private void attributes(String... attributes) {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1]);
                out.append('"');
            }
        }
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
