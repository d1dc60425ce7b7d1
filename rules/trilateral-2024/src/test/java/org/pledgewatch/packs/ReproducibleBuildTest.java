package org.pledgewatch.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The pack jar is the same bytes from every build of one commit. Drools names the classes of a
 * snapshot's executable model after a random id unless the module asks for reproducible generation,
 * as our kmodule.xml does: this test generates the model twice from that kmodule.xml and the pack's
 * rules, and compares every class. (Two full builds gave byte-identical jars for every module; see
 * docs/publishing.md.)
 */
class ReproducibleBuildTest {
  @Test
  void theExecutableModelIsTheSameBytesFromTwoBuilds() throws Exception {
    // Each build in a JVM of its own, as two Maven builds are (Drools keeps counters per JVM).
    Map<String, String> first = generateInAnotherJvm();
    Map<String, String> second = generateInAnotherJvm();
    assertThat(first).hasSizeGreaterThan(20);
    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    for (String name : first.keySet()) {
      assertThat(second.get(name)).as(name).isEqualTo(first.get(name));
    }
  }

  /** Prints each generated class with its SHA-256, one per line. */
  public static void main(String[] args) throws IOException {
    generate().forEach((name, hash) -> System.out.println(name + " " + hash));
  }

  private static Map<String, String> generateInAnotherJvm() throws Exception {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ReproducibleBuildTest.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    Map<String, String> classes = new TreeMap<>();
    out.lines()
        .filter(l -> l.endsWith(".class") || l.contains(".class "))
        .forEach(l -> classes.put(l.substring(0, l.indexOf(' ')), l.substring(l.indexOf(' ') + 1)));
    return classes;
  }

  private static Map<String, String> generate() throws IOException {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem files = ks.newKieFileSystem();
    ReleaseId id = ks.newReleaseId("org.pledgewatch", "reproducible-check", "1.0.0-SNAPSHOT");
    files.generateAndWritePomXML(id);
    try (InputStream kmodule =
        ReproducibleBuildTest.class.getResourceAsStream("/META-INF/kmodule.xml")) {
      files.writeKModuleXML(new String(kmodule.readAllBytes(), StandardCharsets.UTF_8));
    }
    Path rules = Path.of("src/main/resources/" + Trilateral2024.RULES);
    List<Path> drls;
    try (Stream<Path> walk = Files.walk(rules)) {
      drls = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
    }
    for (Path drl : drls) {
      files.write(
          "src/main/resources/org/pledgewatch/packs/trilateral2024/" + drl.getFileName(),
          Files.readString(drl));
    }
    KieBuilder builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    if (!builder.getResults().getMessages(Message.Level.ERROR).isEmpty()) {
      throw new IllegalStateException(builder.getResults().getMessages().toString());
    }
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    Map<String, String> classes = new TreeMap<>();
    for (String name : module.getFileNames()) {
      if (name.endsWith(".class") && !name.contains("/project/model/ProjectModel")) {
        classes.put(name, sha256(module.getBytes(name)));
      }
    }
    ks.getRepository().removeKieModule(id);
    return classes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
