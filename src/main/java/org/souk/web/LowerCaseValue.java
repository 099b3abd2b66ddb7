package org.souk.web;

import java.util.Locale;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * For a String that holds a fixed set of values in upper case (a status column): written in lower case like
 * the API's enum values ({@code @JsonSerialize(using = LowerCaseValue.class)}).
 */
public class LowerCaseValue extends StdSerializer<String> {

    public LowerCaseValue() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(value.toLowerCase(Locale.ROOT));
    }
}
