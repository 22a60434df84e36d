package sctb.core.plan;

import java.util.List;
import sctb.core.text.Localized;

/**
 * One task of the annex: id ({@code IV.2}), short titles, the full Vietnamese text as written, the
 * lead agency and partners (codes, plus the words of the annex), its years and named quantities.
 */
public record Task(
    String id,
    String groupId,
    Localized title,
    String text,
    String lead,
    String leadText,
    List<String> partners,
    String partnersText,
    YearRange period,
    List<TaskOutput> outputs) {

  public Task {
    partners = List.copyOf(partners);
    outputs = List.copyOf(outputs);
  }
}
