package org.souk.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enum values as ../shared/api.md has them: written in lower case in every JSON answer, read in any case from
 * JSON bodies, query parameters and path variables. Only the HTTP converter's mapper writes lower case: the
 * application's JsonMapper keeps the names it has always stored (draft snapshots, check reports).
 */
@Configuration(proxyBeanMethods = false)
class ApiJson implements WebMvcConfigurer {

    /**
     * After Boot's own customizer (order 0), so that this converter is the JSON one: enums in lower case, and
     * every string of a request body read through {@link PlainText}.
     */
    @Bean
    @Order(1)
    ServerHttpMessageConvertersCustomizer apiJsonConverter(JsonMapper json) {
        JsonMapper api = json.rebuild().enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS).addModule(PlainTextJson.module()).build();
        return converters -> converters.withJsonConverter(new JacksonJsonHttpMessageConverter(api));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new AnyCaseEnums());
    }

    /** The field's path in a body as the API's violations name it: "card.pricingPolicy", "tags[2]". */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The lower-case names of an enum's values, as the API writes and lists them. */
    public static List<String> names(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(value -> ((Enum<?>) value).name().toLowerCase(Locale.ROOT))
                .toList();
    }

    /** Like Spring's own String-to-enum conversion, but any case; blank is no value. */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static final class AnyCaseEnums implements ConverterFactory<String, Enum> {

        @Override
        public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
            Class<?> type = targetType;
            while (type != null && !type.isEnum()) {
                type = type.getSuperclass();
            }
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            return source -> {
                String value = source.trim();
                if (value.isEmpty()) {
                    return null;
                }
                for (Enum constant : enumType.getEnumConstants()) {
                    if (constant.name().equalsIgnoreCase(value)) {
                        return (T) constant;
                    }
                }
                throw new IllegalArgumentException("No enum constant " + enumType.getName() + "." + value);
            };
        }
    }
}
