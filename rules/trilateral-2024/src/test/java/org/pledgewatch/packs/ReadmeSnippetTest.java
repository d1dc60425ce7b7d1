package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding snippet that opens the README compiles and prints what its last comment says. */
class ReadmeSnippetTest {
  @Test
  void theReadmeSnippetCompilesRunsAndPrintsWhatItPromises(@TempDir Path dir) throws Exception {
    String readme = Files.readString(Path.of("../../README.md"));
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("a java block in README.md").isTrue();
    List<String> lines = block.group(1).lines().toList();
    assertThat(lines).as("the snippet is at most 15 lines").hasSizeLessThanOrEqualTo(15);

    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : lines) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String promised = lines.get(lines.size() - 1).replaceFirst("^// ", "");
    Path source = dir.resolve("Snippet.java");
    Files.writeString(
        source,
        imports
            + "public class Snippet {\n  public static void main(String[] args) {\n"
            + body
            + "  }\n}\n");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-cp",
            System.getProperty("java.class.path"),
            "-d",
            dir.toString(),
            source.toString());
    assertThat(rc).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("Snippet").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8).trim()).isEqualTo(promised);
  }
}
