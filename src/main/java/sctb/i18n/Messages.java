package sctb.i18n;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sctb.core.diag.Diagnostic;
import sctb.core.diag.Location;
import sctb.core.plan.Plan;
import sctb.core.submission.Column;
import sctb.core.text.Language;
import sctb.core.text.NumberFormats;

/**
 * Every sentence sctb says to a user, in the user's language, from {@code sctb/messages_vi.properties}
 * and {@code sctb/messages_en.properties}. Placeholders are {@code {0}}, {@code {1}}… replaced
 * literally (no MessageFormat quoting rules to trip over). With the plan ({@link #withPlan}), the
 * plan's ids in a diagnostic read as the plan names them: an agency, an indicator, a sector.
 */
public final class Messages {
  private static final Pattern SUBJECT =
      Pattern.compile("(task|agency|indicator|group|sector|phase|output|target|column|line|form|found|types|indicators|sectors|agencies|number):(.+)");
  private final Language language;
  private final Plan plan;
  /** Loaded on first use: a quiet run that succeeds says nothing, and parsing ~25 KB of properties is start-up time. */
  private ResourceBundle bundle;

  private Messages(Language language, Plan plan) {
    this.language = language;
    this.plan = plan;
  }

  private synchronized ResourceBundle bundle() {
    if (bundle == null) {
      bundle = ResourceBundle.getBundle("sctb.messages", language.locale(), NoFallback.INSTANCE);
    }
    return bundle;
  }

  public static Messages of(Language language) {
    return new Messages(language, null);
  }

  /** The same messages, naming the plan's agencies, indicators and sectors instead of showing their ids. */
  public Messages withPlan(Plan named) {
    return new Messages(language, named);
  }

  public Language language() {
    return language;
  }

  public boolean has(String key) {
    return bundle().containsKey(key);
  }

  /**
   * {@link #get} for a sentence about {@code count} things: the key's singular form {@code key.one} when
   * the count is 1 and the language has one ("1 day left"; Vietnamese needs none: "còn 1 ngày").
   */
  public String count(String key, long count, Object... args) {
    return get(count == 1 && has(key + ".one") ? key + ".one" : key, args);
  }

  /** The message for {@code key} with its placeholders filled; the key itself when missing. */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle().getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return fill(pattern, args);
  }

  /** The sentence a user reads for a diagnostic, with its "did you mean" when there is one. */
  public String diagnostic(Diagnostic d) {
    String base = "diag." + d.code().id();
    Object[] args = d.args().stream().map(this::subject).toArray();
    String text;
    if (!d.args().isEmpty() && has(base + "." + d.args().get(0))) {
      Object[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
      text = get(base + "." + d.args().get(0), prepend(d.value(), rest));
    } else {
      text = get(base, prepend(d.value(), args));
    }
    if (d.suggestion() != null) {
      boolean named = SUBJECT.matcher(d.suggestion()).matches();
      text = text + " " + get(named ? "diag.suggest.named" : "diag.suggest", subject(d.suggestion()));
    }
    return text;
  }

  /**
   * "task:IV.9" → "nhiệm vụ IV.9"; "agency:SCT" → "Sở Công Thương" when the plan names it;
   * "column:status" → "cột “Trạng thái”"; "number:0.0095" → "0,0095" in Vietnamese; "sectors:cement|steel" (also "indicators:", "agencies:") → the names, listed;
   * the plan schema's "form:date" (a pattern), "types:number|null" (types allowed), "found:array" (type found) in words; any other text unchanged.
   */
  private String subject(String arg) {
    Matcher m = SUBJECT.matcher(arg);
    if (!m.matches()) {
      return arg;
    }
    String kind = m.group(1);
    String id = m.group(2);
    if (kind.equals("number")) {
      BigDecimal number = new BigDecimal(id);
      return NumberFormats.of(language).plain(number, Math.max(number.scale(), 0));
    }
    if (kind.equals("form") || kind.equals("found")) {
      return get("subject." + kind + "." + id);
    }
    if (kind.equals("types")) {
      return java.util.Arrays.stream(id.split("\\|")).map(t -> get("subject.type." + t))
          .collect(java.util.stream.Collectors.joining(get("subject.types.separator")));
    }
    if (kind.equals("indicators") || kind.equals("sectors") || kind.equals("agencies")) {
      String one = kind.equals("agencies") ? "agency" : kind.substring(0, kind.length() - 1);
      List<String> names = new ArrayList<>();
      for (String each : id.split("\\|")) {
        String name = name(one, each);
        // An agency the plan does not name reads as a single one does ("cơ quan SCT"), not a bare code.
        String unnamed = one.equals("agency") ? get("subject.agency", each) : each;
        names.add(name == null ? unnamed : get("subject.listed." + one, name));
      }
      return String.join(get("subject.listed." + one + ".separator"), names);
    }
    String name = name(kind, id);
    return name == null ? get("subject." + kind, id) : get("subject." + kind + ".named", id, name);
  }

  /** What the plan (or the submissions contract, for a column) calls an id; null when unknown. */
  private String name(String kind, String id) {
    if (kind.equals("column")) {
      return Column.byHeader(id).map(Column::header).orElse(null);
    }
    if (plan == null) {
      return null;
    }
    return switch (kind) {
      case "agency" -> plan.agency(id).map(a -> a.name().in(language)).orElse(null);
      case "sector" -> plan.sector(id).map(s -> s.name().in(language)).orElse(null);
      case "indicator", "output" -> plan.reportedName(id).map(n -> n.in(language)).orElse(null);
      default -> null;
    };
  }

  /**
   * Where a problem is, as a person reads it, without the file: "dòng 2, cột “Trạng thái”" (the
   * header as the file writes it); in a workbook "trang “nhiem-vu”, ô E2, cột “Trạng thái”"; "" for a
   * whole file.
   */
  public String where(Location at) {
    List<String> parts = new ArrayList<>();
    if (at.sheet() != null) {
      parts.add(get("where.sheet", at.sheet()));
      if (at.line() > 0 && at.column() > 0) {
        parts.add(get("where.cell", Location.columnLetters(at.column()) + at.line()));
      } else if (at.line() > 0) {
        parts.add(get("where.line", at.line()));
      }
    } else if (at.line() > 0) {
      // Below cells with line breaks a CSV line is not the row Excel shows it on: both are said.
      parts.add(at.row() > 0 ? get("where.line-row", at.line(), at.row()) : get("where.line", at.line()));
      if (at.column() > 0 && at.columnName() == null) {
        parts.add(get("where.column-number", at.column()));
      }
    }
    if (at.columnName() != null && at.line() > 0) {
      parts.add(get("where.column", at.columnName()));
    }
    return String.join(", ", parts);
  }

  /** {@link #where} after the file's name: "SCT-nhiem-vu.csv, dòng 2, cột “Trạng thái”". */
  public String place(Location at) {
    String where = where(at);
    String file = at.file() == null ? "" : at.file();
    return file.isEmpty() ? where : where.isEmpty() ? file : file + ", " + where;
  }

  /** The value is placeholder {0}; the diagnostic's own arguments follow from {1}. */
  private static Object[] prepend(String value, Object[] args) {
    Object[] all = new Object[args.length + 1];
    all[0] = value == null ? "" : value;
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  static String fill(String pattern, Object... args) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      int n = close > i + 1 && close - i <= 3 ? argumentNumber(pattern, i + 1, close) : -1;
      if (n >= 0) {
        out.append(n < args.length ? String.valueOf(args[n]) : "");
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The number written in {@code pattern} from {@code from} to {@code to} (digits only), else -1. */
  private static int argumentNumber(String pattern, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      int digit = Character.digit(pattern.charAt(k), 10);
      if (!Character.isDigit(pattern.charAt(k)) || digit < 0) {
        return -1;
      }
      n = n * 10 + digit;
    }
    return n;
  }

  /** Never fall back to the JVM's default locale: the language asked for is the language shown. */
  private static final class NoFallback extends ResourceBundle.Control {
    static final NoFallback INSTANCE = new NoFallback();

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
