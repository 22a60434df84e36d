package sctb.render.site;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import sctb.core.period.Period;
import sctb.core.plan.Agency;
import sctb.core.plan.Indicator;
import sctb.core.plan.Plan;
import sctb.core.plan.Task;
import sctb.core.text.Language;
import sctb.render.OutputFormat;
import sctb.render.report.ReportDocuments;

/**
 * Where every file of the site goes — paths relative to the site folder, "/"-separated — and the
 * relative links between them, so that the site works opened from disk as well as from any web
 * server (no link ends in a folder). Vietnamese pages are at the top, English ones under {@code en/}
 * with the same names; the stylesheet and the JSON data are shared. File names come from the plan's
 * ids, made safe (lower-case letters, digits, {@code .}, {@code -}) and unique.
 */
final class SiteFiles {
  static final String CSS = "style.css";
  private final Map<String, String> indicators;
  private final Map<String, String> agencies;
  private final Map<String, String> tasks;

  SiteFiles(Plan plan) {
    indicators = slugs(plan.indicators().stream().map(Indicator::id).toList());
    agencies = slugs(plan.agencies().stream().map(Agency::id).toList());
    tasks = slugs(plan.tasks().map(Task::id).toList());
  }

  static String prefix(Language lang) {
    return lang == Language.VI ? "" : lang.code() + "/";
  }

  String home(Language lang) {
    return prefix(lang) + "index.html";
  }

  String statuses(Language lang) {
    return prefix(lang) + "trang-thai.html";
  }

  String indicator(Language lang, String id) {
    return prefix(lang) + "chi-tieu/" + indicators.getOrDefault(id, slug(id)) + ".html";
  }

  String agency(Language lang, String id) {
    return prefix(lang) + "co-quan/" + agencies.getOrDefault(id, slug(id)) + ".html";
  }

  String task(Language lang, String id) {
    return prefix(lang) + "nhiem-vu/" + tasks.getOrDefault(id, slug(id)) + ".html";
  }

  String report(Language lang, Period period) {
    return prefix(lang) + "bao-cao/" + ReportDocuments.fileName(period.toString(), OutputFormat.HTML);
  }

  String reportJson(Period period) {
    return "bao-cao/" + ReportDocuments.fileName(period.toString(), OutputFormat.JSON);
  }

  String indicatorJson(String id) {
    return "du-lieu/" + indicators.getOrDefault(id, slug(id)) + ".json";
  }

  String indicatorCsv(Language lang, String id) {
    return prefix(lang) + "du-lieu/" + indicators.getOrDefault(id, slug(id)) + ".csv";
  }

  String tasksCsv(Language lang) {
    return prefix(lang) + "du-lieu/nhiem-vu.csv";
  }

  String reportingCsv(Language lang) {
    return prefix(lang) + "du-lieu/bao-cao-dinh-ky.csv";
  }

  /** The same page in {@code to}'s language. */
  static String inLanguage(String path, Language from, Language to) {
    return prefix(to) + path.substring(prefix(from).length());
  }

  /** The relative link from the page at {@code from} to the file at {@code to} (either may carry a {@code #fragment}). */
  static String link(String from, String to) {
    String[] a = from.split("/");
    String[] b = to.split("/");
    int common = 0;
    while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
      common++;
    }
    StringBuilder out = new StringBuilder();
    for (int i = common; i < a.length - 1; i++) {
      out.append("../");
    }
    for (int i = common; i < b.length; i++) {
      out.append(b[i]);
      if (i < b.length - 1) {
        out.append('/');
      }
    }
    return out.toString();
  }

  /** Each id's file name, in order: the first to claim a name keeps it, a later one gets "-2", "-3"… */
  private static Map<String, String> slugs(List<String> ids) {
    Map<String, String> out = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (String id : ids) {
      String base = slug(id);
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        name = base + "-" + n;
      }
      out.put(id, name);
    }
    return out;
  }

  /** Lower-case letters, digits, "." and "-" only, never starting with "." (a hidden file) nor empty. */
  static String slug(String id) {
    StringBuilder out = new StringBuilder();
    for (char c : id.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean safe = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
      out.append(safe ? c : '-');
    }
    String s = out.toString().replaceAll("^[.-]+", "");
    return s.isEmpty() ? "x" : s;
  }
}
