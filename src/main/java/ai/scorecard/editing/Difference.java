package ai.scorecard.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.BeanWrapperImpl;

/** One field that the saved record and an editor's input disagree on. */
public record Difference(String field, Object theirs, Object yours) {

    public static List<Difference> between(Object theirs, Object yours, List<String> fields) {
        BeanWrapperImpl saved = new BeanWrapperImpl(theirs);
        BeanWrapperImpl input = new BeanWrapperImpl(yours);
        List<Difference> differences = new ArrayList<>();
        for (String field : fields) {
            Object a = saved.getPropertyValue(field);
            Object b = input.getPropertyValue(field);
            if (!Objects.equals(blankToNull(a), blankToNull(b))) {
                differences.add(new Difference(field, a, b));
            }
        }
        return differences;
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
