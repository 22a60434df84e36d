package sctb.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What tests of a changed plan share: an indicator an amendment adds, and the samples copied to be edited. */
final class Amendments {
  /** The name of {@link #GREEN_PROCUREMENT}. */
  static final String GREEN_NAME = "Tỷ lệ cơ quan nhà nước cấp tỉnh thực hiện mua sắm công xanh";

  /** A share indicator for 2026 - 2030, to append to plan.yaml's indicators (the last list of the bundled plan). */
  static final String GREEN_PROCUREMENT = """
        - id: green-procurement
          kind: share
          name:
            vi: "%s"
            en: "Share of provincial agencies practising green public procurement"
          unit: "%%"
          unit_name:
            vi: "%%"
            en: "%%"
          population:
            vi: "cơ quan nhà nước cấp tỉnh"
            en: "provincial agencies"
          measure:
            vi: "Số cơ quan thực hiện mua sắm công xanh / tổng số cơ quan × 100."
            en: "Agencies practising green procurement / all agencies × 100."
          targets:
            - phase: "2026-2030"
              year: 2030
              baseline: 2025
              min: 50
              stretch: null
              text:
                vi: "50%% cơ quan nhà nước cấp tỉnh thực hiện mua sắm công xanh"
      """.formatted(GREEN_NAME);

  private Amendments() {}

  /** The bundled samples' folders of {@code periods} (every file of each) copied into {@code to}; {@code to}. */
  static Path samplesOf(Path to, String... periods) {
    try {
      for (String period : periods) {
        Path folder = Files.createDirectories(to.resolve(period));
        try (var files = Files.list(CliRun.REPO.resolve("samples").resolve(period))) {
          for (Path f : files.toList()) {
            Files.copy(f, folder.resolve(f.getFileName().toString()));
          }
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every period of the bundled samples copied into {@code to}. */
  static Path allSamples(Path to) {
    try (var periods = Files.list(CliRun.REPO.resolve("samples"))) {
      return samplesOf(to, periods.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
          .toArray(String[]::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
