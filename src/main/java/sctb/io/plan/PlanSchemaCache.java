package sctb.io.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import sctb.io.AtomicFiles;
import sctb.io.UnwritableFileException;

/**
 * Remembers the last plan that passed the JSON Schema, in {@code $XDG_CACHE_HOME/sctb/plan-ok}: the
 * schema validator is a large share of start-up and the plan rarely changes. The file holds the plan's
 * bytes, the shipped schema's and sctb's version, and a check is skipped only when all three are
 * byte-for-byte the same: compared, not hashed, so no digest is needed (a SHA-256 key started the JDK's
 * security providers in every run: ~25 ms of CPU, docs/performance.md, round 12). One plan at a time: a
 * second plan checked in between costs the next run the schema check, as without a cache. Any problem
 * with the file (missing, unwritable, garbled) means "not cached" and the check runs.
 */
public final class PlanSchemaCache {
  /** No cache: every plan is checked (tests, or no writable cache folder). */
  public static final PlanSchemaCache NONE = new PlanSchemaCache(null);

  private final Path file;

  private PlanSchemaCache(Path file) {
    this.file = file;
  }

  /** The cache under {@code XDG_CACHE_HOME}, else {@code HOME/.cache}; NONE when neither is set. */
  public static PlanSchemaCache of(Map<String, String> env) {
    String xdg = env.get("XDG_CACHE_HOME");
    String home = env.get("HOME");
    try {
      Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
          : home != null && !home.isBlank() ? Path.of(home, ".cache") : null;
      return base == null ? NONE : new PlanSchemaCache(base.resolve("sctb").resolve("plan-ok"));
    } catch (RuntimeException badPath) {
      return NONE;
    }
  }

  /** What the cache holds once these plan bytes passed: them, the shipped schema and this version of sctb. */
  static byte[] entry(byte[] plan) {
    try (InputStream schema = PlanSchemaCache.class.getResourceAsStream(PlanSchema.RESOURCE)) {
      ByteArrayOutputStream entry = new ByteArrayOutputStream(plan.length + 32 * 1024);
      entry.write(plan);
      entry.write(0);
      entry.write(schema == null ? new byte[0] : schema.readAllBytes());
      entry.write(0);
      String version = PlanSchemaCache.class.getPackage().getImplementationVersion();
      entry.write(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
      return entry.toByteArray();
    } catch (IOException e) {
      return null;
    }
  }

  boolean passed(byte[] entry) {
    if (file == null || entry == null) {
      return false;
    }
    try {
      return Files.size(file) == entry.length && Arrays.equals(Files.readAllBytes(file), entry);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  void remember(byte[] entry) {
    if (file == null || entry == null) {
      return;
    }
    try {
      // written whole and renamed over the old one: concurrent runs never leave a mixture of two plans
      AtomicFiles.writeAllBytes(Map.of(file, entry));
    } catch (UnwritableFileException | RuntimeException e) {
      // Unwritable cache: just don't cache.
    }
  }
}
