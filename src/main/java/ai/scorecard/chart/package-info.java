/**
 * Server-rendered SVG charts: the one kind of picture the scorecard draws itself, with no chart
 * library and no JavaScript.
 *
 * <p>Each chart is an immutable record built by a small static factory from labels that are already
 * localised and from numbers that may be unknown. The factory does all the geometry and formats
 * every coordinate with {@link java.util.Locale#ROOT} (a dot, whatever the reader's language) and
 * every number shown to a reader with one decimal in the reader's locale, so that what draws them
 * only prints strings: {@link ai.scorecard.chart.Figures} for the comparison's charts, the Thymeleaf
 * fragments in {@code templates/fragments/charts.html} for the others. Plain Java: no Spring,
 * no I/O.
 *
 * <p>Rules shared by every chart:
 * <ul>
 *   <li>Unknown is not zero: an empty {@link java.util.OptionalDouble} (or NaN) never becomes a bar
 *   or a point; it is drawn as an "unknown" note or a hollow mark.</li>
 *   <li>Scores are clamped into 0…100 and style indices into −100…+100 before they are drawn or
 *   shown, so that the table always holds the numbers the picture shows.</li>
 *   <li>Colour never carries meaning alone: the two compared companies also differ by pattern or
 *   dash and by marker shape, and every mark of meaning also has a symbol and words.</li>
 * </ul>
 */
@ApplicationModule(allowedDependencies = {})
package ai.scorecard.chart;

import org.springframework.modulith.ApplicationModule;
