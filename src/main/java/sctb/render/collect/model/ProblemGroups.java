package sctb.render.collect.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.core.diag.Code;
import sctb.core.diag.Diagnostic;

/**
 * A feedback's problems as the clerk works through them: the same problem in the same column of the same
 * file on many rows (a whole column typed one wrong way) is one item at its first place, saying how many
 * other rows have it, rather than hundreds of identical lines; and the count of problems not shown
 * ({@code too-many}) joins the last item of its file and code — an error's in the errors to fix, not among
 * the points to check — instead of naming a code the clerk does not know.
 */
final class ProblemGroups {
  /** One item: the first of its problems, how many more there are, and the last line they were found on. */
  record Group(Diagnostic first, int more, int lastLine, boolean counted) {}

  private ProblemGroups() {}

  static List<Group> of(List<Diagnostic> problems) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, String> lastOfCode = new LinkedHashMap<>();
    List<Diagnostic> notShown = new ArrayList<>();
    for (Diagnostic d : problems) {
      if (d.code() == Code.TOO_MANY) {
        notShown.add(d);
        continue;
      }
      String file = String.valueOf(d.location().file());
      String key = file + '\u0000' + d.code().id() + '\u0000' + d.location().columnName() + '\u0000' + d.value() + '\u0000'
          + d.args();
      Group g = groups.get(key);
      groups.put(key, g == null ? new Group(d, 0, d.location().line(), false)
          : new Group(g.first(), g.more() + 1, Math.max(g.lastLine(), d.location().line()), false));
      lastOfCode.put(file + '\u0000' + d.code().id(), key);
    }
    List<Diagnostic> alone = new ArrayList<>();
    for (Diagnostic d : notShown) {
      String key = lastOfCode.get(d.location().file() + "\u0000" + d.value()); // too-many: the code capped, then how many
      Group g = key == null ? null : groups.get(key);
      if (g == null) {
        alone.add(d);
      } else {
        groups.put(key, new Group(g.first(), g.more() + Integer.parseInt(d.args().get(0)), g.lastLine(), true));
      }
    }
    List<Group> out = new ArrayList<>(groups.values());
    alone.forEach(d -> out.add(new Group(d, 0, d.location().line(), false)));
    return out;
  }
}
