package sctb.render.report.model;

import java.util.List;

/** A difficulty or proposal as written (NFC, trimmed), once for all who wrote the same words, with who and on which task. */
public record CompiledText(String text, List<TextSource> sources) {

  public CompiledText {
    sources = List.copyOf(sources);
  }

  /** An agency (name and id) that wrote the text, and the task it wrote it on. */
  public record TextSource(String agency, String agencyId, String task) {}
}
