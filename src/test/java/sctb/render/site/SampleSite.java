package sctb.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import sctb.cli.CliRun;

/** The site of plan.yaml and samples/, built once by the real command line for every test that reads it. */
public final class SampleSite {
  public static final Map<String, String> TODAY = Map.of("SCTB_TODAY", "2026-11-25");
  private static Path folder;

  private SampleSite() {}

  /** The site's folder (target/test-site/samples), built on first use. */
  public static synchronized Path folder() {
    if (folder == null) {
      Path out = CliRun.REPO.resolve("target/test-site/samples");
      delete(out);
      CliRun run = CliRun.runWithEnv(TODAY, "site", "--plan", CliRun.PLAN.toString(), "--out-dir", out.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      folder = out;
    }
    return folder;
  }

  /** A file of the site as text. */
  public static String read(String path) {
    try {
      return Files.readString(folder().resolve(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
