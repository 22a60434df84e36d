package sctb.io.plan;

import java.nio.charset.StandardCharsets;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.io.csv.Decoded;
import sctb.io.csv.TextDecoder;

/**
 * A plan not saved as UTF-8, named by the submissions' rule ({@link TextDecoder}: UTF-16 from Notepad's
 * "Unicode", else a Windows code page, 1258 for Vietnamese), so the analyst knows what the file is and
 * what to choose in "Save As".
 */
final class PlanEncoding {
  private PlanEncoding() {}

  /** The {@code plan-syntax} error for bytes that are not UTF-8. */
  static Diagnostic notUtf8(byte[] bytes, String file) {
    Decoded decoded = TextDecoder.decode(bytes);
    if (decoded.encoding().startsWith("UTF-16")) {
      return Diagnostic.of(Code.PLAN_SYNTAX, Location.at(file, 1, 1), decoded.encoding(), "utf-16");
    }
    return Diagnostic.of(Code.PLAN_SYNTAX, Location.at(file, firstBrokenLine(bytes), 1), decoded.encoding(),
        "code-page");
  }

  /** The first line whose bytes UTF-8 cannot read: where the accented letters start to go wrong. */
  private static int firstBrokenLine(byte[] bytes) {
    String lenient = new String(bytes, StandardCharsets.UTF_8);
    int broken = lenient.indexOf('\uFFFD');
    return broken < 0 ? 1 : (int) lenient.substring(0, broken).chars().filter(c -> c == '\n').count() + 1;
  }
}
