package sctb.io.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.plan.Plan;
import sctb.core.plan.PlanChecks;
import sctb.io.Files2;
import sctb.io.UnreadableFileException;

/**
 * Reads plan.yaml: YAML with hard limits (size, nesting, aliases), then the JSON Schema, then the
 * plan's own consistency rules. Every problem comes back as a diagnostic with line and column; the
 * plan is returned only when there is no error.
 */
public final class PlanReader {
  /** A real plan is ~100 KB; anything this large is a mistake or an attack. */
  public static final long MAX_BYTES = 5L * 1024 * 1024;
  private static final int MAX_DEPTH = 40;
  /** Longest line of plan.yaml, in bytes. */
  static final int MAX_LINE_BYTES = 20_000;
  private static final int MAX_ALIASES = 20;

  private PlanReader() {}

  /** The outcome: the plan (null when there were errors) and every diagnostic found. */
  public record Result(Plan plan, List<Diagnostic> diagnostics) {
    public boolean ok() {
      return plan != null;
    }
  }

  public static Result read(Path path) throws UnreadableFileException {
    return read(path, PlanSchemaCache.NONE);
  }

  /** Reads the plan at {@code path}, skipping the schema when {@code cache} saw these bytes pass it. */
  public static Result read(Path path, PlanSchemaCache cache) throws UnreadableFileException {
    byte[] bytes = Files2.readAll(path, MAX_BYTES);
    return read(bytes, path.toString(), cache);
  }

  /** Reads plan text already in memory; {@code file} names it in diagnostics. */
  public static Result read(byte[] bytes, String file) {
    return read(bytes, file, PlanSchemaCache.NONE);
  }

  private static Result read(byte[] bytes, String file, PlanSchemaCache cache) {
    List<Diagnostic> found = new ArrayList<>();
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes));
    } catch (CharacterCodingException e) {
      found.add(PlanEncoding.notUtf8(bytes, file));
      return new Result(null, found);
    }
    int decomposed = firstLineNotNfc(bytes);
    if (decomposed > 0) {
      found.add(Diagnostic.of(Code.PLAN_NOT_NFC, Location.at(file, decomposed, 1), null));
    }
    int longLine = firstLongLine(bytes);
    if (longLine > 0) {
      found.add(Diagnostic.of(Code.PLAN_LIMIT, Location.at(file, longLine, 1), null, "long-line", Integer.toString(MAX_LINE_BYTES)));
      return new Result(null, found);
    }
    byte[] cacheEntry = cache == PlanSchemaCache.NONE ? null : PlanSchemaCache.entry(bytes);
    LocatedTree tree;
    try (JsonParser parser = factory().createParser(new ByteArrayInputStream(bytes))) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      tree = LocatedTree.read(parser);
    } catch (JsonProcessingException e) {
      YamlProblem problem = YamlProblem.of(e, firstLine(e.getOriginalMessage()));
      Location at = Location.at(file, problem.line(), problem.column());
      if (limitHit(e)) {
        found.add(Diagnostic.of(Code.PLAN_LIMIT, at, null, problem.detail()));
      } else if (problem.variant() != null) {
        found.add(Diagnostic.of(Code.PLAN_SYNTAX, at, null, problem.variant(), problem.detail()));
      } else {
        found.add(Diagnostic.of(Code.PLAN_SYNTAX, at, null, problem.detail()));
      }
      return new Result(null, found);
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some limits (aliases, code points) as its own runtime exceptions.
      found.add(Diagnostic.of(limitHit(e) ? Code.PLAN_LIMIT : Code.PLAN_SYNTAX, Location.at(file, 1, 1), null,
          firstLine(e.getMessage())));
      return new Result(null, found);
    }
    if (!tree.root().isObject()) {
      found.add(Diagnostic.of(Code.PLAN_SCHEMA, Location.at(file, 1, 1), null, "not-a-plan"));
      return new Result(null, found);
    }
    if (!cache.passed(cacheEntry)) {
      List<Diagnostic> schema = locate(PlanSchema.check(tree.root(), file), tree);
      if (!schema.isEmpty()) {
        found.addAll(schema);
        return new Result(null, sorted(found));
      }
      cache.remember(cacheEntry);
    }
    Plan plan = PlanMapper.map(tree.root());
    found.addAll(locate(PlanChecks.check(plan, file), tree));
    boolean errors = found.stream().anyMatch(Diagnostic::isError);
    return new Result(errors ? null : plan, sorted(found));
  }

  /**
   * The first line (1-based) whose text is not in Unicode NFC (a Mac or some Windows editors write
   * "ế" as "e" and two combining marks), or 0; every text is normalised on reading, so this only warns.
   */
  static int firstLineNotNfc(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)) {
      return 0;
    }
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!java.text.Normalizer.isNormalized(lines[i], java.text.Normalizer.Form.NFC)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The first line (1-based) longer than {@link #MAX_LINE_BYTES}, or 0. The YAML reader's time grows
   * with the square of a line's length (a 5 MB line takes a minute); real plan lines are under 1 KB.
   */
  static int firstLongLine(byte[] bytes) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i - start > MAX_LINE_BYTES) {
          return line;
        }
        line++;
        start = i + 1;
      }
    }
    return 0;
  }

  private static List<Diagnostic> locate(List<Diagnostic> diagnostics, LocatedTree tree) {
    return diagnostics.stream()
        .map(d -> {
          int[] at = tree.position(d.location().path());
          // Another place a message names ("first used at …") is read as a line, not a JSON pointer.
          List<String> args = d.args().stream()
              .map(a -> a.startsWith("at:/") ? "line:" + tree.position(a.substring(3))[0] : a).toList();
          return d.withLocation(d.location().withLineColumn(at[0], at[1])).withArgs(args);
        })
        .toList();
  }

  private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
    return diagnostics.stream().sorted(sctb.core.diag.Diagnostics.ORDER).toList();
  }

  private static boolean limitHit(Exception e) {
    String m = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    return m.contains("limit") || m.contains("nesting") || m.contains("aliases") || m.contains("exceed");
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit((int) MAX_BYTES);
    options.setAllowDuplicateKeys(false);
    YAMLFactory factory = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
        .build();
    return factory;
  }
}
