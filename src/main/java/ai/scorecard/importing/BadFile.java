package ai.scorecard.importing;

import java.util.List;

/** Why a whole file cannot be read: a message code and the values its text names. Nothing is stored. */
class BadFile extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    BadFile(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    String code() {
        return code;
    }

    Object[] arguments() {
        return arguments.toArray();
    }
}
