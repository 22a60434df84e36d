import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Baseline for bench/run: what Apache Commons CSV alone costs for sctb's central aggregation.
 *
 * <p>Reads every {@code *-chi-so.csv} under DIR (UTF-8, header row) and sums numerator and denominator
 * exactly (BigDecimal, as sctb must) grouped by (indicator, sector, period); prints the groups sorted.
 * Files are independent, so they are parsed on as many threads as there are cores, like sctb may.
 * Run: {@code java -cp target/sctb.jar bench/CsvGroupBy.java DIR}.
 */
public final class CsvGroupBy {

    /** Per-group running sums. */
    static final class Sums {
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        long rows;

        void add(Sums o) {
            numerator = numerator.add(o.numerator);
            denominator = denominator.add(o.denominator);
            rows += o.rows;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/sctb.jar bench/CsvGroupBy.java DIR");
            System.exit(2);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
            files = s.filter(p -> p.getFileName().toString().endsWith("-chi-so.csv")).sorted()
                .collect(Collectors.toList());
        }
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Map<String, Sums>>> parts = files.stream()
            .map(f -> pool.submit(() -> groupFile(f))).collect(Collectors.toList());
        Map<String, Sums> all = new TreeMap<>();
        for (Future<Map<String, Sums>> part : parts) {
            part.get().forEach((k, v) -> all.computeIfAbsent(k, x -> new Sums()).add(v));
        }
        pool.shutdown();
        StringBuilder out = new StringBuilder("indicator\tsector\tperiod\trows\tnumerator\tdenominator\n");
        all.forEach((k, v) -> out.append(k).append('\t').append(v.rows).append('\t')
            .append(v.numerator.toPlainString()).append('\t').append(v.denominator.toPlainString()).append('\n'));
        System.out.print(out);
    }

    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

    static Map<String, Sums> groupFile(Path file) throws IOException {
        Map<String, Sums> groups = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(r, FORMAT)) {
            for (CSVRecord rec : parser) {
                String key = rec.get("indicator") + '\t' + rec.get("sector") + '\t' + rec.get("period");
                Sums s = groups.computeIfAbsent(key, k -> new Sums());
                s.numerator = s.numerator.add(number(rec.get("numerator")));
                s.denominator = s.denominator.add(number(rec.get("denominator")));
                s.rows++;
            }
        }
        return groups;
    }

    static BigDecimal number(String s) {
        return s.isEmpty() ? BigDecimal.ZERO : new BigDecimal(s);
    }
}
