package ai.scorecard.export;

/**
 * OWASP's defence against CSV injection: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return would be read by a spreadsheet as a formula, so it is prefixed with a single quote,
 * which the spreadsheet shows as text. Only text cells: the numbers are the application's own, never a formula
 * (and a negative number must stay a number).
 */
final class Neutralised {

    private Neutralised() {
    }

    static String text(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
