package org.souk.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code ${#richText.html(x)}} in every template: the only way a page writes stored HTML
 * (TemplateEscapingTest keeps it so). Spring Boot adds every dialect bean to the template engine.
 */
@Component
class RichTextDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "richText";

    private final RichText richText;

    RichTextDialect(RichText richText) {
        super("Souk rich text");
        this.richText = richText;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? richText : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
