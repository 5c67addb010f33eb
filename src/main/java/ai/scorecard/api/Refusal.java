package ai.scorecard.api;

import org.springframework.http.HttpStatus;

/**
 * A request the API or an export cannot answer, with the page's message for it (a message code of the bundles)
 * and the parameter that was wrong: answered as a problem detail by {@link ApiProblems}.
 */
public class Refusal extends RuntimeException {

    private final HttpStatus status;
    private final String messageCode;
    private final String parameter;
    private final Object value;

    private Refusal(HttpStatus status, String messageCode, String parameter, Object value) {
        super(messageCode + ": " + parameter);
        this.status = status;
        this.messageCode = messageCode;
        this.parameter = parameter;
        this.value = value;
    }

    /** 404: the value names nothing there is; the message says it with the value as its argument. */
    public static Refusal notFound(String messageCode, String parameter, Object value) {
        return new Refusal(HttpStatus.NOT_FOUND, messageCode, parameter, value);
    }

    /** 400: the request makes no sense; the message says it with the value as its argument. */
    public static Refusal badRequest(String messageCode, String parameter, Object value) {
        return new Refusal(HttpStatus.BAD_REQUEST, messageCode, parameter, value);
    }

    HttpStatus status() {
        return status;
    }

    String messageCode() {
        return messageCode;
    }

    String parameter() {
        return parameter;
    }

    Object value() {
        return value;
    }
}
