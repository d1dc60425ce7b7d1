package org.pledgewatch.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.pledgewatch.Status;

/**
 * The one JSON configuration for writing reports and fingerprinting inputs: stable, ISO dates,
 * sorted maps.
 */
public final class Json {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .addModule(
              new SimpleModule()
                  .addSerializer(
                      Status.class,
                      new JsonSerializer<>() {
                        @Override
                        public void serialize(
                            Status value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                          gen.writeString(value.jsonName());
                        }
                      })
                  .addDeserializer(
                      Status.class,
                      new com.fasterxml.jackson.databind.JsonDeserializer<>() {
                        @Override
                        public Status deserialize(
                            com.fasterxml.jackson.core.JsonParser p,
                            com.fasterxml.jackson.databind.DeserializationContext ctx)
                            throws IOException {
                          try {
                            return Status.parse(p.getText());
                          } catch (IllegalArgumentException e) {
                            throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(
                                p, e.getMessage(), p.getText(), Status.class);
                          }
                        }
                      })
                  .addSerializer(
                      BigDecimal.class,
                      new JsonSerializer<>() {
                        @Override
                        public void serialize(
                            BigDecimal value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                          gen.writeNumber(value.toPlainString());
                        }
                      })
                  .addSerializer(
                      Enum.class,
                      new JsonSerializer<>() {
                        @Override
                        public void serialize(
                            Enum value, JsonGenerator gen, SerializerProvider provider)
                            throws IOException {
                          gen.writeString(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
                        }
                      }))
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Pretty JSON with a trailing newline and {@code \n} line ends on every platform. */
  public static String write(Object value) {
    try {
      return prettyWriter().writeValueAsString(value) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  private static com.fasterxml.jackson.databind.ObjectWriter prettyWriter() {
    return MAPPER
        .writer()
        .with(
            new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withObjectIndenter(
                    new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
  }

  /**
   * SHA-256 of the value's JSON as {@link #write} gives it, as {@code sha256:hex}. The JSON is
   * streamed into the digest, never held: fingerprinting a million evidence items would otherwise
   * build strings of hundreds of megabytes.
   */
  public static String fingerprint(Object value) {
    MessageDigest digest = sha256();
    try (java.io.OutputStream out =
        new java.io.OutputStream() {
          @Override
          public void write(int b) {
            digest.update((byte) b);
          }

          @Override
          public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
          }
        }) {
      prettyWriter()
          .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, value);
      out.write('\n');
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  public static String sha256(String text) {
    return "sha256:"
        + HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
