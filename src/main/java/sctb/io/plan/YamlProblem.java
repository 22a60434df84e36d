package sctb.io.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error as a person editing plan.yaml can act on it: where the problem is (the YAML
 * reader's problem mark, not the start of the block it was reading) and which of the usual slips it
 * is — a Tab in the indentation, a missing ":", an indentation out of line, a quote left open, a field
 * written twice — named by a message variant of {@code plan-syntax}; anything else keeps the reader's
 * own words.
 */
record YamlProblem(int line, int column, String variant, String detail) {

  /** The reader's wording, lower-cased, that identifies each slip; the first match names it. */
  private static final List<String[]> SLIPS = List.of(
      new String[] {"\t", "tab"},
      new String[] {"(tab)", "tab"},
      new String[] {"tab character", "tab"},
      new String[] {"could not find expected ':'", "colon"},
      new String[] {"mapping values are not allowed", "indentation"},
      new String[] {"did not find expected key", "indentation"},
      new String[] {"expected <block end>", "indentation"},
      new String[] {"end of stream", "quote"},
      new String[] {"duplicate field", "duplicate-key"});

  static YamlProblem of(JsonProcessingException e, String detail) {
    var at = e.getLocation();
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    String words = String.valueOf(e.getOriginalMessage());
    if (e.getCause() instanceof MarkedYAMLException marked) {
      words = marked.getProblem() + " " + words;
      // A key without its colon is only noticed on a later line: point at where the key began.
      Mark problem = marked.getContextMark() != null && marked.getProblem() != null
          && marked.getProblem().contains("could not find expected ':'") ? marked.getContextMark() : marked.getProblemMark();
      if (problem != null) {
        line = problem.getLine() + 1;
        column = problem.getColumn() + 1;
      }
    }
    String lower = words.toLowerCase(Locale.ROOT);
    for (String[] slip : SLIPS) {
      if (lower.contains(slip[0])) {
        var field = java.util.regex.Pattern.compile("'([^']*)'").matcher(words);
        boolean named = slip[1].equals("duplicate-key") && field.find();
        return new YamlProblem(line, column, slip[1], named ? field.group(1) : detail);
      }
    }
    return new YamlProblem(line, column, null, detail);
  }
}
