package org.souk.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * {@link PlainText} for the API: every string of a request body is read through it. Only the server's JSON
 * converter gets the module ({@link ApiJson}); the application's mapper (which also reads the answers of
 * partners' servers and stored JSON) is left as it is.
 */
final class PlainTextJson {

    private PlainTextJson() {
    }

    static SimpleModule module() {
        return new SimpleModule("souk-plain-text").addDeserializer(String.class, new Strings());
    }

    /** A refused string; Jackson adds the path of the field as the exception travels up. */
    static final class Refused extends DatabindException {

        private final transient PlainText.Flaw flaw;

        Refused(JsonParser parser, PlainText.Refused refused) {
            super(parser, refused.getMessage());
            this.flaw = refused.flaw();
        }

        PlainText.Flaw flaw() {
            return flaw;
        }

        /** The field as the API's violations name it: {@code texts.en.title}, {@code tags[2]}. */
        String field() {
            return ApiJson.path(this);
        }
    }

    /** Jackson's own string reading, then {@link PlainText}; passwords are checked but not normalized. */
    static final class Strings extends StdScalarDeserializer<String> {

        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            try {
                return PlainText.clean(parser.currentName(), value);
            } catch (PlainText.Refused refused) {
                throw new Refused(parser, refused);
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }
}
