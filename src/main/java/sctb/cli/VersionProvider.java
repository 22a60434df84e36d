package sctb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** sctb's version and the commit it was built from (sctb/build.properties, written by Maven), and the Java running it. */
public final class VersionProvider implements IVersionProvider {
  static final String BUILD_INFO = "/sctb/build.properties";

  @Override
  public String[] getVersion() {
    Properties build = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(BUILD_INFO)) {
      if (in != null) {
        build.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String commit = build.getProperty("commit", "unknown");
    if (Boolean.parseBoolean(build.getProperty("dirty"))) {
      commit += "-dirty";
    }
    return new String[] {
      "sctb " + build.getProperty("version", "dev") + " (commit " + commit + ")",
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
