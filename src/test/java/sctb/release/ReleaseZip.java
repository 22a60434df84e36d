package sctb.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** The release package built by `mvn -Prelease` (its path from failsafe), read and unpacked as a user would. */
final class ReleaseZip {
  private ReleaseZip() {}

  static String version() {
    return System.getProperty("sctb.release.version");
  }

  static Path zip() {
    return Path.of(System.getProperty("sctb.release.zip"));
  }

  /** The folder every entry lives in: sctb-VERSION/. */
  static String root() {
    return "sctb-" + version() + "/";
  }

  /** Every entry's name (in the zip's order) with its Unix mode. */
  static Map<String, Integer> entries() throws IOException {
    Map<String, Integer> entries = new LinkedHashMap<>();
    try (ZipFile zip = ZipFile.builder().setPath(zip()).get()) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        entries.put(e.getName(), e.getUnixMode());
      }
    }
    return entries;
  }

  static byte[] read(String name) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(zip()).get(); InputStream in = zip.getInputStream(zip.getEntry(name))) {
      return in.readAllBytes();
    }
  }

  /** Unpacks the zip into {@code target} keeping the launchers' execute bits, as unzip does; returns sctb-VERSION/. */
  static Path unpack(Path target) throws IOException {
    try (ZipFile zip = ZipFile.builder().setPath(zip()).get()) {
      for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
        Path out = target.resolve(e.getName()).normalize();
        if (!out.startsWith(target)) {
          throw new IOException("entry outside the folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = zip.getInputStream(e)) {
          Files.copy(in, out);
        }
        if ((e.getUnixMode() & 0100) != 0) {
          Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(out));
          perms.add(PosixFilePermission.OWNER_EXECUTE);
          Files.setPosixFilePermissions(out, perms);
        }
      }
    }
    return target.resolve(root());
  }
}
