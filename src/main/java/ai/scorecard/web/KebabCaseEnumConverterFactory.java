package ai.scorecard.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;

/**
 * Lets URLs name enum values the way people write them ({@code ?category=coding-tool}) as well as by
 * their constant name ({@code CODING_TOOL}). Anything else stays a conversion error, answered with 400.
 */
class KebabCaseEnumConverterFactory implements ConverterFactory<String, Enum<?>> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T extends Enum<?>> Converter<String, T> getConverter(Class<T> targetType) {
        return source -> {
            String trimmed = source.trim();
            if (trimmed.isEmpty()) {
                return null;
            }
            return (T) Enum.valueOf((Class) targetType, KebabCase.constantName(trimmed));
        };
    }
}
