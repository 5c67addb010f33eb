package ai.scorecard.chart;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Small chart inputs shared by the rendering tests, with a name an editor could type to break a page. */
final class Fixtures {

    static final String HOSTILE = "<script>alert(1)</script>\"'&";

    private Fixtures() {
    }

    static OptionalDouble of(double value) {
        return OptionalDouble.of(value);
    }

    static OptionalDouble unknown() {
        return OptionalDouble.empty();
    }

    static List<ScorePair> pairs() {
        return List.of(
                ScorePair.of("Monetization", of(82), of(35.55)),
                ScorePair.of("Adoption", of(90), of(70)),
                ScorePair.of("Growth quality", unknown(), of(40)),
                ScorePair.of("Workflow integration", of(75), of(75)),
                ScorePair.of("Execution", of(60), of(64)));
    }

    static DivergingBars divergingBars(Locale locale) {
        return DivergingBars.of("ByteDance", HOSTILE, pairs(), locale);
    }

    static Radar radar(Locale locale) {
        return Radar.of("ByteDance", HOSTILE, pairs(), locale);
    }

    static StyleScale styleScale(Locale locale) {
        return StyleScale.of(List.of(StyleScale.Entry.of("ByteDance", of(62)), StyleScale.Entry.of(HOSTILE, of(-48.25)),
                StyleScale.Entry.of("Zhipu", unknown())), locale);
    }

    static GapBars gapBars(Locale locale) {
        return GapBars.of(List.of(GapBars.Entry.of("ByteDance", of(85), of(78)),
                GapBars.Entry.of(HOSTILE, of(92), of(40.04)), GapBars.Entry.of("Zhipu", unknown(), of(30))), locale);
    }

    static Quadrant quadrant(Locale locale) {
        return Quadrant.of(List.of(
                Quadrant.Entry.of("ByteDance", "/companies/bytedance", of(62), of(78), of(85)),
                Quadrant.Entry.of("Alibaba", "/companies/alibaba", of(-48), of(40), of(92)),
                Quadrant.Entry.of("Tencent", "/companies/tencent", of(55), of(74), unknown()),
                Quadrant.Entry.of(HOSTILE, "/companies/hostile", unknown(), of(20), unknown())), locale);
    }
}
