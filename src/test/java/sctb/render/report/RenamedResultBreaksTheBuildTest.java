package sctb.render.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderers read the engine's result as typed records, so renaming one of its fields is a compile
 * error in the report model and the JSON writer — not a template cell that silently goes blank. Shown
 * by compiling those sources in-process against a copy of {@code Figure} (every judged value of the
 * result) with its {@code value} component renamed (and, as a control, against the copy unchanged).
 */
class RenamedResultBreaksTheBuildTest {
  static final Path MAIN = Path.of("src/main/java");
  static final Path RESULT = MAIN.resolve("sctb/core/progress/Figure.java");
  /** Every source that reads an indicator's figures for a document. */
  static final List<Path> READERS = List.of(MAIN.resolve("sctb/render/report/model/ReportViews.java"),
      MAIN.resolve("sctb/render/report/model/Figures.java"), MAIN.resolve("sctb/render/report/ReportJson.java"),
      MAIN.resolve("sctb/render/report/Explanation.java"));

  @Test
  void renamingAFieldOfTheEnginesResultIsACompileErrorWhereverItIsRendered(@TempDir Path dir) throws Exception {
    String source = Files.readString(RESULT, StandardCharsets.UTF_8);
    Matcher component = Pattern.compile("(BigDecimal )value,").matcher(source);
    assertThat(component.find()).as("Figure has a component 'BigDecimal value'").isTrue();

    assertThat(compile(dir.resolve("unchanged"), source)).as("the readers compile against the record as it is").isEmpty();

    String renamed = component.replaceFirst("$1overallValue,");
    List<Diagnostic<? extends JavaFileObject>> errors = compile(dir.resolve("renamed"), renamed);
    List<String> where = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> e : errors) {
      assertThat(e.getMessage(Locale.ROOT)).contains("cannot find symbol", "value()");
      where.add(Path.of(e.getSource().toUri()).getFileName().toString());
    }
    assertThat(where).contains("ReportViews.java", "Figures.java", "ReportJson.java", "Explanation.java");
  }

  /** The errors of compiling the readers with {@code figure} as the source of the record. */
  private static List<Diagnostic<? extends JavaFileObject>> compile(Path dir, String figure)
      throws IOException, URISyntaxException {
    Path copy = dir.resolve("src/sctb/core/progress/Figure.java");
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, figure, StandardCharsets.UTF_8);
    Path out = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<File> sources = new ArrayList<>(List.of(copy.toFile()));
      READERS.forEach(p -> sources.add(p.toFile()));
      String classpath = String.join(File.pathSeparator, Path.of("target/classes").toString(), jarOf(JsonGenerator.class),
          jarOf(freemarker.template.Template.class));
      List<String> options = List.of("-proc:none", "-implicit:none", "-encoding", "UTF-8", "-d", out.toString(), "-cp", classpath);
      javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromFiles(sources)).call();
    }
    return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
  }

  private static String jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
