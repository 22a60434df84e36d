package sctb.io.plan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Remembers plans that passed the JSON Schema, by SHA-256 of (plan bytes, schema bytes, sctb version),
 * in {@code $XDG_CACHE_HOME/sctb/plan-ok}: the schema validator is a large share of start-up and the
 * plan rarely changes. It can only skip a check that already passed for identical bytes; any problem
 * with the file (missing, unwritable, garbled) means "not cached" and the check runs.
 */
public final class PlanSchemaCache {
  /** No cache: every plan is checked (tests, or no writable cache folder). */
  public static final PlanSchemaCache NONE = new PlanSchemaCache(null);
  /** Past this size the file starts again; a few lines per plan edit, so this is years of use. */
  private static final long MAX_BYTES = 64 * 1024;

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

  /** The key of these plan bytes under the shipped schema and this version of sctb. */
  static String key(byte[] plan) {
    try (InputStream schema = PlanSchemaCache.class.getResourceAsStream(PlanSchema.RESOURCE)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(plan);
      sha.update((byte) 0);
      sha.update(schema == null ? new byte[0] : schema.readAllBytes());
      sha.update((byte) 0);
      String version = PlanSchemaCache.class.getPackage().getImplementationVersion();
      sha.update(String.valueOf(version).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return null;
    }
  }

  boolean passed(String key) {
    if (file == null || key == null) {
      return false;
    }
    try {
      return Files.size(file) <= MAX_BYTES && Files.readAllLines(file, StandardCharsets.US_ASCII).contains(key);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  void remember(String key) {
    if (file == null || key == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      boolean full = Files.exists(file) && Files.size(file) > MAX_BYTES;
      // One short line per append: concurrent runs can at worst garble a line, which then never matches.
      Files.write(file, List.of(key), StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, full ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
    } catch (IOException | RuntimeException e) {
      // Unwritable cache: just don't cache.
    }
  }
}
