import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sctb.core.diag.Location;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.progress.ProgressAccumulator;
import sctb.core.progress.ProgressReport;
import sctb.core.progress.ReductionSector;
import sctb.core.submission.IndicatorRow;
import sctb.core.text.Fold;
import sctb.io.plan.PlanReader;

/**
 * What the report engine keeps per establishment, without the reader: streams synthetic reduction
 * rows (N establishments × 13 half-years 2020H1…2026H1, 11 sectors, like bench/Generate.java) into
 * {@link ProgressAccumulator} for 2026H1 (or the period given second) and prints the live heap after a
 * full GC at three points:
 * after the rows (the accumulator's state), after {@code finish} while the accumulator is still
 * referenced (the peak of the hand-over), and with the report alone (the panel).
 *
 * <pre>
 * mvn -q -DskipTests package
 * java -cp target/sctb.jar bench/AccumulatorHeap.java 154000
 * java -cp target/sctb.jar bench/AccumulatorHeap.java 154000 2025H1   # a report that keeps every half-year
 * java -cp target/sctb.jar bench/AccumulatorHeap.java share 110768      # share entities instead (zones, supermarkets)
 * java -cp target/sctb.jar bench/AccumulatorHeap.java share 1000000 2026H1 2025H2   # reported from 2025H2 on only
 * </pre>
 *
 * <p>With {@code share N}: N share entities × 13 half-years instead, as bench/Generate.java's share-heavy
 * workspace writes them (half zones of zones-awareness reported by SCT, BQLKKT and UBND-XA, half
 * supermarkets of eco-packaging reported by SCT and STC; 1/1 or 0/1), and the figures per share entity.
 */
public class AccumulatorHeap {
  static Object held;
  static final String[] SECTORS = {"textile", "leather-footwear", "steel", "plastics", "chemicals", "cement", "beer",
      "paper", "seafood", "fertilizer", "other"};
  static final String[] AGENCIES = {"SCT", "STC", "SXD", "SNNMT", "SYT", "SKHCN", "SVHTTDL", "SNV", "BQLKKT"};

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("share")) {
      shares(Integer.parseInt(args[1]), args.length > 2 ? sctb.core.period.PeriodParser.parse(args[2]).orElseThrow()
          : Period.half(2026, 1), args.length > 3 ? sctb.core.period.PeriodParser.parse(args[3]).orElseThrow()
          : Period.half(2020, 1));
      return;
    }
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 154_000;
    Period period = args.length > 1 ? sctb.core.period.PeriodParser.parse(args[1]).orElseThrow() : Period.half(2026, 1);
    Plan plan = PlanReader.read(Path.of("plan.yaml")).plan();
    long empty = live();
    ProgressAccumulator acc = new ProgressAccumulator(plan, period);
    List<String> files = new ArrayList<>();
    long rows = 0;
    long nameBytes = 0;
    for (int year = 2020; year <= 2026; year++) {
      for (int half = 1; half <= 2 && !(year == 2026 && half == 2); half++) {
        Period p = Period.half(year, half);
        for (int a = 0; a < AGENCIES.length; a++) {
          String file = p + "/" + AGENCIES[a] + "-chi-so.csv";
          files.add(file);
          int line = 1;
          for (int e = a; e < n; e += AGENCIES.length) {
            long h = mix(e);
            String sector = SECTORS[(int) Long.remainderUnsigned(h, SECTORS.length)];
            // A fresh String per row, as the reader gives: "Nhà máy <sector> Hà Nội 001234".
            String entity = new String("Nhà máy " + sector + " Hà Nội " + String.format("%06d", e));
            long den = 1000 + Long.remainderUnsigned(mix(h + year * 2L + half), 90_000);
            long num = den * (20 + Long.remainderUnsigned(h >>> 7, 30));
            IndicatorRow row = new IndicatorRow(Location.at(file, ++line, 0), p, AGENCIES[a], "consumption-reduction",
                sector, entity, BigDecimal.valueOf(num, 1), BigDecimal.valueOf(den, 1), "kgOE/tấn", "");
            acc.indicator(row); // its entity key computed as the reader does, from the name
            if (year == 2020 && half == 1) {
              nameBytes += stringBytes(Fold.nfc(entity));
            }
            rows++;
          }
        }
      }
    }
    held = acc; // as a caller that still holds it while the report is written
    acc = null;
    ProgressReport report = threePoints(empty, files, n, "establishment");
    int panelSize = report.indicators().get(0).sectors().stream()
        .mapToInt(s -> ((ReductionSector) s).panelSize()).sum();
    System.out.printf("%d establishments, %d rows, panel %d%n", n, rows, panelSize);
    System.out.printf("of which the names (one String an establishment, kept by both): %.0f bytes/establishment%n",
        nameBytes / (double) n);
    System.out.println(report.indicators().get(0).figure().value()); // keeps the report reachable
  }

  static final String[] ZONE_AGENCIES = {"SCT", "BQLKKT", "UBND-XA"};
  static final String[] SHOP_AGENCIES = {"SCT", "STC"};

  /** The share-entity counterpart of {@link #main}: n entities, every half-year, the live heap at the same three points. */
  static void shares(int n, Period period, Period from) throws Exception {
    Plan plan = PlanReader.read(Path.of("plan.yaml")).plan();
    long empty = live();
    ProgressAccumulator acc = new ProgressAccumulator(plan, period);
    List<String> files = new ArrayList<>();
    long rows = 0;
    int index = 0;
    for (int year = 2020; year <= 2026; year++) {
      for (int half = 1; half <= 2 && !(year == 2026 && half == 2); half++, index++) {
        Period p = Period.half(year, half);
        if (p.compareTo(from) < 0) {
          continue;
        }
        double progress = index / 12.0;
        for (int kind = 0; kind < 2; kind++) {
          String[] agencies = kind == 0 ? ZONE_AGENCIES : SHOP_AGENCIES;
          for (int a = 0; a < agencies.length; a++) {
            String file = p + "/" + agencies[a] + "-chi-so.csv";
            files.add(file);
            int line = 1;
            for (int e = kind + 2 * a; e < n; e += 2 * agencies.length) {
              long h = mix(e);
              boolean met = (h >>> 11) * 0x1.0p-53 < (kind == 0 ? 0.2 + 0.6 * progress : 0.43 + 0.4 * progress);
              // A fresh String per row, as the reader gives: "Siêu thị Sầm Sơn 012345".
              String entity = new String((kind == 0 ? "KCN Hàm Rồng " : "Siêu thị Sầm Sơn ") + String.format("%06d", e));
              IndicatorRow row = new IndicatorRow(Location.at(file, ++line, 0), p, agencies[a],
                  kind == 0 ? "zones-awareness" : "eco-packaging", "", entity, new BigDecimal(met ? "1" : "0"),
                  new BigDecimal("1"), "", "");
              acc.indicator(row);
              rows++;
            }
          }
        }
      }
    }
    held = acc;
    acc = null;
    ProgressReport report = threePoints(empty, files, n, "entity");
    System.out.printf("%d share entities, %d rows from %s, period %s%n", n, rows, from, period);
    report.indicators().forEach(i -> System.out.println(i.indicator().id() + " " + i.figure().value()));
  }

  /**
   * The live heap above {@code empty} per {@code unit} (n of them) at three points — the accumulator in
   * {@link #held} after the rows; after its {@code finish}, still held; the report alone — printed.
   */
  static ProgressReport threePoints(long empty, List<String> files, int n, String unit) {
    long kept = live();
    ProgressReport report = ((ProgressAccumulator) held).finish(files, List.of(), 0);
    long both = live();
    held = null;
    long alone = live();
    System.out.printf("accumulator after the rows: %.1f MB, %.0f bytes/%s%n", mb(kept - empty), (kept - empty) / (double) n,
        unit);
    System.out.printf("after finish, accumulator still referenced: %.1f MB, %.0f bytes/%s%n", mb(both - empty),
        (both - empty) / (double) n, unit);
    System.out.printf("report alone: %.1f MB, %.0f bytes/%s%n", mb(alone - empty), (alone - empty) / (double) n, unit);
    return report;
  }

  static long mix(long x) {
    x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
    x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return x ^ (x >>> 33);
  }

  static long live() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  /** A String's heap size with compressed oops: 24-byte object + byte[] (16 + 1 or 2 bytes a char), 8-aligned. */
  static long stringBytes(String s) {
    boolean latin1 = s.chars().allMatch(c -> c < 256);
    return 24 + ((16 + (long) s.length() * (latin1 ? 1 : 2) + 7) / 8 * 8);
  }

  static double mb(long bytes) {
    return bytes / 1e6;
  }
}
