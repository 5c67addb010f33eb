package ai.scorecard.hostile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** One hostile change to a valid submission: a field replaced, left out, or sent twice. */
record Edit(String field, String value, Kind kind) {

    enum Kind {
        REPLACE,
        LEAVE_OUT,
        SEND_TWICE
    }

    /** One to three edits of the given fields, each with any hostile value. */
    static Arbitrary<List<Edit>> of(List<String> fields) {
        return of(Arbitraries.of(fields));
    }

    static Arbitrary<List<Edit>> of(Arbitrary<String> fields) {
        Arbitrary<Kind> kinds = Arbitraries.frequency(Tuple.of(6, Kind.REPLACE), Tuple.of(1, Kind.LEAVE_OUT),
                Tuple.of(1, Kind.SEND_TWICE));
        return Combinators.combine(fields, Hostile.anything(), kinds).as(Edit::new).list().ofMinSize(1).ofMaxSize(3);
    }

    /** The valid fields with the edits applied; a field sent twice carries its valid value and the hostile one. */
    static Map<String, List<String>> apply(Map<String, String> valid, List<Edit> edits) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        valid.forEach((name, value) -> fields.put(name, new ArrayList<>(List.of(value))));
        for (Edit edit : edits) {
            switch (edit.kind()) {
                case REPLACE -> fields.put(edit.field(), new ArrayList<>(List.of(edit.value())));
                case LEAVE_OUT -> fields.remove(edit.field());
                case SEND_TWICE -> fields.computeIfAbsent(edit.field(), name -> new ArrayList<>()).add(edit.value());
            }
        }
        return fields;
    }

    @Override
    public String toString() {
        String shown = value.length() > 80 ? value.substring(0, 40) + "…(" + value.length() + " chars)" : value;
        return kind + " " + field + (kind == Kind.LEAVE_OUT ? "" : "=" + shown.replace("\u0000", "\\0"));
    }
}
