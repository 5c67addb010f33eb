package ai.scorecard.chart;

import static ai.scorecard.chart.Svg.coord;

/** Marker shapes as SVG path data, so that marks differ by shape and not by colour alone. */
enum Shape {
    CIRCLE, SQUARE, DIAMOND, TRIANGLE, TRIANGLE_DOWN;

    /** The path of this shape centred on (x, y), reaching about {@code r} from the centre. */
    String path(double x, double y, double r) {
        return switch (this) {
            case CIRCLE -> "M" + coord(x - r) + "," + coord(y) + " a" + coord(r) + "," + coord(r) + " 0 1,0 "
                    + coord(2 * r) + ",0 a" + coord(r) + "," + coord(r) + " 0 1,0 " + coord(-2 * r) + ",0 z";
            case SQUARE -> "M" + coord(x - r * 0.9) + "," + coord(y - r * 0.9) + " h" + coord(1.8 * r) + " v"
                    + coord(1.8 * r) + " h" + coord(-1.8 * r) + " z";
            case DIAMOND -> "M" + coord(x) + "," + coord(y - r * 1.2) + " L" + coord(x + r * 1.2) + "," + coord(y)
                    + " L" + coord(x) + "," + coord(y + r * 1.2) + " L" + coord(x - r * 1.2) + "," + coord(y) + " z";
            case TRIANGLE -> "M" + coord(x) + "," + coord(y - r * 1.2) + " L" + coord(x + r * 1.1) + ","
                    + coord(y + r * 0.8) + " L" + coord(x - r * 1.1) + "," + coord(y + r * 0.8) + " z";
            case TRIANGLE_DOWN -> "M" + coord(x) + "," + coord(y + r * 1.2) + " L" + coord(x + r * 1.1) + ","
                    + coord(y - r * 0.8) + " L" + coord(x - r * 1.1) + "," + coord(y - r * 0.8) + " z";
        };
    }

    /** The shape of the i-th of several marks: the first two are the compared companies' circle and square. */
    static Shape nth(int i) {
        return values()[i % values().length];
    }
}
