package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipelines of docs/ci.md (examples/ci/*.yml) run for real: every {@code java -jar "$SCTB_JAR" …}
 * line is taken from the file, its variables expanded from the file's own env/variables block, and
 * run in-process against a copy of plan.yaml and samples/ — as the data repository would hold them.
 * Clean samples pass (exit 0) and give the JUnit file, the report and the progress site; one invalid
 * file fails the validation steps with exit 1, with its annotation and JUnit failure, and the report
 * and site steps with exit 1 after writing the whole report and site.
 */
class CiPipelinesTest {
  static final Path GITHUB = CliRun.REPO.resolve("examples/ci/github-workflow.yml");
  static final Path GITLAB = CliRun.REPO.resolve("examples/ci/gitlab-ci.yml");
  static final Pattern COMMAND = Pattern.compile("java -jar \"\\$SCTB_JAR\" (.+)$");
  static final Pattern VARIABLE = Pattern.compile("^\\s+(SCTB_\\w+): *(\"[^\"]*\"|[^\\s#]+)");
  static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");

  @TempDir Path repo;

  /** One pipeline's commands, with their arguments as the shell would pass them. */
  record Pipeline(Map<String, String> env, List<List<String>> commands) {
    static Pipeline of(Path file, Map<String, String> overrides) throws IOException {
      Map<String, String> env = new LinkedHashMap<>();
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (String line : lines) {
        Matcher m = VARIABLE.matcher(line);
        if (m.find()) {
          env.put(m.group(1), m.group(2).replace("\"", ""));
        }
      }
      env.putAll(overrides);
      List<List<String>> commands = new ArrayList<>();
      for (String line : lines) {
        Matcher m = COMMAND.matcher(line);
        if (m.find() && !line.strip().startsWith("#")) {
          commands.add(shellWords(m.group(1), env));
        }
      }
      return new Pipeline(env, commands);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"github-workflow.yml", "gitlab-ci.yml"})
  void cleanSamplesPassAndGiveTheReportAndJunit(String name) throws IOException {
    workspace();
    Pipeline pipeline = Pipeline.of(CliRun.REPO.resolve("examples/ci").resolve(name), Map.of());
    assertThat(pipeline.commands()).as("commands found").isNotEmpty();
    List<String> subcommands = pipeline.commands().stream().map(c -> c.get(0)).toList();
    assertThat(subcommands).contains("validate", "report");
    for (List<String> command : pipeline.commands()) {
      CliRun run = run(pipeline, command);
      assertThat(run.exitCode()).as(command + "\n" + run.err()).isZero();
      if (command.contains("github")) {
        assertThat(run.out()).doesNotContain("::error");
      }
    }
    String junit = Files.readString(repo.resolve("sctb-junit.xml"));
    assertThat(junit).startsWith("<?xml").contains("<testsuites").contains("failures=\"0\"");
    String period = pipeline.env().get("SCTB_PERIOD");
    for (String ext : new String[] {"md", "html", "json"}) {
      assertThat(repo.resolve("public/bao-cao-sxtdbv-" + period + "." + ext)).isNotEmptyFile();
    }
    assertThat(subcommands).contains("site");
    Path site = repo.resolve(name.startsWith("github") ? "site" : "public");
    assertThat(site.resolve("index.html")).isNotEmptyFile();
    assertThat(site.resolve("en/index.html")).isNotEmptyFile();
    assertThat(site.resolve("bao-cao/bao-cao-sxtdbv-2026H1.html")).isNotEmptyFile();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"github-workflow.yml", "gitlab-ci.yml"})
  void anInvalidSubmissionFailsTheValidationSteps(String name) throws IOException {
    workspace();
    Path bad = repo.resolve("samples/2025H2/bad-number.csv");
    Files.copy(CliRun.REPO.resolve("examples/invalid/bad-number.csv"), bad);
    Pipeline pipeline = Pipeline.of(CliRun.REPO.resolve("examples/ci").resolve(name), Map.of());
    int validations = 0;
    for (List<String> command : pipeline.commands()) {
      CliRun run = run(pipeline, command);
      assertThat(run.exitCode()).as(command + "\n" + run.err()).isEqualTo(1);
      if (command.get(0).equals("report")) {
        // The officer still gets the whole report; the bad row is left out and the job fails.
        String period = pipeline.env().get("SCTB_PERIOD");
        for (String ext : new String[] {"md", "html", "json"}) {
          assertThat(repo.resolve("public/bao-cao-sxtdbv-" + period + "." + ext)).isNotEmptyFile();
        }
        assertThat(run.err()).contains("1 lỗi");
        continue;
      }
      if (command.get(0).equals("site")) {
        // Built all the same, bad row left out; the job fails (it publishes only after validate passed).
        assertThat(repo.resolve(command.get(command.indexOf("--out-dir") + 1)).resolve("index.html")).isNotEmptyFile();
        assertThat(run.err()).contains("1 lỗi");
        continue;
      }
      validations++;
      if (command.contains("github")) {
        assertThat(run.out()).containsPattern("::error file=[^,]*bad-number\\.csv,line=2,");
      }
    }
    assertThat(validations).isPositive();
    assertThat(Files.readString(repo.resolve("sctb-junit.xml"))).contains("bad-number.csv").contains("<failure type=\"bad-number\"");
  }

  /** Warnings alone do not fail a pipeline; SCTB_STRICT="--strict" makes them fail it. */
  @Test
  void warningsFailOnlyWithStrict() throws IOException {
    workspace();
    Path folder = repo.resolve("samples/2025H2");
    Path tasks;
    try (Stream<Path> files = Files.list(folder)) {
      tasks = files.filter(p -> p.getFileName().toString().startsWith("SCT-nhiem-vu")).findFirst().orElseThrow();
    }
    // An extra column nobody knows is a warning (unknown-column), not an error.
    String text = Files.readString(tasks, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(text.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      lines.set(i, lines.get(i) + (i == 0 ? ",ghi_chu_them" : ","));
    }
    Files.writeString(tasks, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    for (Path file : List.of(GITHUB, GITLAB)) {
      Pipeline lenient = Pipeline.of(file, Map.of());
      Pipeline strict = Pipeline.of(file, Map.of("SCTB_STRICT", "--strict"));
      for (int i = 0; i < lenient.commands().size(); i++) {
        if (!lenient.commands().get(i).get(0).equals("validate")) {
          continue;
        }
        CliRun warned = run(lenient, lenient.commands().get(i));
        assertThat(warned.exitCode()).as(warned.out() + warned.err()).isZero();
        assertThat(warned.out() + warned.err()).containsAnyOf("cột “ghi_chu_them”: cảnh báo:", "title=unknown-column::");
        assertThat(strict.commands().get(i)).contains("--strict");
        assertThat(run(strict, strict.commands().get(i)).exitCode()).isEqualTo(1);
      }
    }
  }

  /** docs/ci.md shows the very files this test runs. */
  @Test
  void theDocShowsThePipelinesVerbatim() throws IOException {
    String doc = Files.readString(CliRun.REPO.resolve("docs/ci.md"), StandardCharsets.UTF_8);
    for (Path file : List.of(GITHUB, GITLAB)) {
      assertThat(doc).contains("```yaml\n" + Files.readString(file, StandardCharsets.UTF_8).strip() + "\n```");
    }
  }

  /** plan.yaml and samples/ copied into the fake data repository. */
  private void workspace() throws IOException {
    Files.copy(CliRun.PLAN, repo.resolve("plan.yaml"));
    Path samples = CliRun.REPO.resolve("samples");
    try (Stream<Path> all = Files.walk(samples)) {
      for (Path p : all.toList()) {
        Path target = repo.resolve("samples").resolve(samples.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /**
   * Runs one pipeline command as if from the data repository's root: the tests cannot change the
   * working folder, so {@code --plan} points into it and relative output paths are resolved in it.
   */
  private CliRun run(Pipeline pipeline, List<String> command) {
    List<String> args = new ArrayList<>();
    args.add(command.get(0));
    args.add("--plan");
    args.add(repo.resolve("plan.yaml").toString());
    for (int i = 1; i < command.size(); i++) {
      String a = command.get(i);
      args.add(a);
      if ((a.equals("-o") || a.equals("--out") || a.equals("--out-dir")) && i + 1 < command.size()) {
        args.add(repo.resolve(command.get(++i)).toString());
      }
    }
    Map<String, String> env = new HashMap<>(pipeline.env());
    env.putAll(TODAY);
    return CliRun.runWithEnv(env, args.toArray(String[]::new));
  }

  /** Expands $VAR, ${VAR} and "$VAR" and splits on blanks outside double quotes, as sh does for these lines. */
  static List<String> shellWords(String line, Map<String, String> env) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == '$') {
        int end = i + 1;
        boolean braces = end < line.length() && line.charAt(end) == '{';
        int from = braces ? end + 1 : end;
        end = from;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
          end++;
        }
        word.append(env.getOrDefault(line.substring(from, end), ""));
        i = braces ? end : end - 1;
      } else if (c == ' ' && !quoted) {
        if (word.length() > 0 || any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0 || any) {
      words.add(word.toString());
    }
    return words;
  }
}
