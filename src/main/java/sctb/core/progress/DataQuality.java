package sctb.core.progress;

import java.util.List;
import sctb.core.diag.Diagnostic;

/** What the reader found in the workspace: files read, every diagnostic (stable order), rows left out for errors. */
public record DataQuality(int files, List<Diagnostic> diagnostics, int rejectedRows) {

  public DataQuality {
    diagnostics = List.copyOf(diagnostics);
  }

  public long errors() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  public long warnings() {
    return diagnostics.size() - errors();
  }
}
