package org.pathways.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.pathways.shared.InvalidInput;
import org.pathways.shared.Text;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * What every request must be before any handler sees it. Text with control characters (a null byte, which
 * PostgreSQL refuses, or any other below a space but tab and line breaks) is refused with 400 naming the field,
 * in form fields, query parameters and JSON alike. JSON is read strictly: 1.5 is not a whole number, true is not
 * a text, and a number in quotes is not a number.
 */
@Configuration(proxyBeanMethods = false)
class InputEdge implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (Text.hasControlCharacters(parameter.getKey())) {
                throw new InvalidInput("parameters", "input.controlCharacter", "?");
            }
            for (String value : parameter.getValue()) {
                if (Text.hasControlCharacters(value)) {
                    throw new InvalidInput(parameter.getKey(), "input.controlCharacter", parameter.getKey());
                }
            }
        }
        return true;
    }

    /** Refuses a JSON text with a control character; Jackson names the field in the refusal. */
    static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (Text.hasControlCharacters(value)) {
                return (String) context.handleWeirdStringValue(String.class, value, "contains a control character");
            }
            return value;
        }
    }

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, config -> config
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, config -> config
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .addModule(new SimpleModule("clean-strings").addDeserializer(String.class, new CleanStrings()));
    }
}
