package org.innoport.platform.web;

import java.text.Normalizer;
import org.innoport.shared.Money;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * How InnoPort's JSON reads and writes: every string (values and map keys) is normalised to Unicode NFC on the way
 * in, and {@link Money} is a plain integer number of dong. Spring Boot registers the module with every
 * {@code JsonMapper} it builds.
 */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

    @Bean
    JacksonModule innoPortJsonModule() {
        return new SimpleModule("innoport")
                .addDeserializer(String.class, new NfcStringDeserializer())
                .addKeyDeserializer(String.class, new NfcKeyDeserializer())
                .addSerializer(Money.class, new MoneySerializer())
                .addDeserializer(Money.class, new MoneyDeserializer());
    }

    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    static final class NfcStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return nfc(super.deserialize(parser, context));
        }
    }

    static final class NfcKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            return nfc(key);
        }
    }

    static final class MoneySerializer extends StdSerializer<Money> {

        MoneySerializer() {
            super(Money.class);
        }

        @Override
        public void serialize(Money money, JsonGenerator generator, SerializationContext context) {
            generator.writeNumber(money.dong());
        }
    }

    static final class MoneyDeserializer extends StdScalarDeserializer<Money> {

        MoneyDeserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return (Money) context.handleUnexpectedToken(Money.class, parser);
            }
            return Money.of(parser.getLongValue());
        }
    }
}
