package sctb.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files a command writes into a folder, listed in a manifest inside it, so that the next run
 * removes those it no longer writes (a page of a task the plan dropped) and nothing else: a file sctb
 * never wrote there — a CNAME, a README — is never touched.
 */
public final class OwnedFiles {
  private OwnedFiles() {}

  /** The manifest's text: the paths, sorted, one a line. */
  public static String manifest(Collection<String> paths) {
    StringBuilder out = new StringBuilder();
    new TreeSet<>(paths).forEach(p -> out.append(p).append('\n'));
    return out.toString();
  }

  /** The paths the manifest at {@code manifest} lists; none when it is missing or unreadable. */
  public static Set<String> listed(Path manifest) {
    try {
      if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
        return Set.of();
      }
      return new TreeSet<>(Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
    } catch (IOException | RuntimeException e) {
      return Set.of();
    }
  }

  /**
   * Removes from {@code folder} every file listed {@code before} that is not among {@code now}, if it
   * is a plain file inside the folder (a listed path that leaves it, or a link, is left alone); returns
   * those removed.
   */
  public static List<String> removeStale(Path folder, Set<String> before, Set<String> now) {
    Path root = folder.toAbsolutePath().normalize();
    List<String> removed = new java.util.ArrayList<>();
    for (String path : before) {
      if (now.contains(path)) {
        continue;
      }
      try {
        Path file = root.resolve(path).normalize();
        if (file.startsWith(root) && !file.equals(root) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(file);
          removed.add(path);
        }
      } catch (IOException | RuntimeException e) {
        // a file that cannot be removed stays; the site is complete without it
      }
    }
    return removed;
  }
}
