import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Peer for bench/run: the same group-by as CsvGroupBy through DuckDB's JDBC driver (bench-only dependency).
 *
 * <p>Sums numerator and denominator as DECIMAL(18,3) (exact for the generated values, like sctb) over every
 * {@code *-chi-so.csv} under DIR, grouped by (indicator, sector, period), sorted. DuckDB uses all cores by itself.
 * Run: {@code java -cp "bench/lib/*" bench/DuckDbGroupBy.java DIR} (bench/run fetches the driver).
 */
public final class DuckDbGroupBy {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp 'bench/lib/*' bench/DuckDbGroupBy.java DIR");
            System.exit(2);
        }
        String glob = args[0].replace("'", "''") + "/**/*-chi-so.csv";
        // The schema is given and sniffing is off: with auto-detection (and union_by_name, which sniffs every
        // file) DuckDB spends ~60 ms per file before reading a row, 30x the whole query on 234 small files.
        // The generated files share one header order, so this is DuckDB at its best: a conservative peer.
        // DECIMAL(18,3) is exact for these values (one decimal); sum() over DECIMAL(38,x) (128-bit) was 25x
        // slower in DuckDB 1.4.4 (8 s against 0.35 s for 150 000 rows).
        String sql = "SELECT indicator, coalesce(sector, '') AS sector, period, count(*) AS rows,"
            + " sum(numerator) AS numerator, sum(denominator) AS denominator"
            + " FROM read_csv('" + glob + "', auto_detect = false, header = true, delim = ',', quote = '\"',"
            + " columns = {'period': 'VARCHAR', 'agency': 'VARCHAR', 'indicator': 'VARCHAR', 'sector': 'VARCHAR',"
            + " 'entity': 'VARCHAR', 'numerator': 'DECIMAL(18,3)', 'denominator': 'DECIMAL(18,3)',"
            + " 'unit': 'VARCHAR', 'note': 'VARCHAR'})"
            + " GROUP BY ALL ORDER BY indicator, sector, period";
        StringBuilder out = new StringBuilder("indicator\tsector\tperiod\trows\tnumerator\tdenominator\n");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.append(rs.getString(1)).append('\t').append(rs.getString(2)).append('\t')
                    .append(rs.getString(3)).append('\t').append(rs.getLong(4)).append('\t')
                    .append(plain(rs.getBigDecimal(5))).append('\t').append(plain(rs.getBigDecimal(6))).append('\n');
            }
        }
        System.out.print(out);
    }

    static String plain(java.math.BigDecimal d) {
        return d == null ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
