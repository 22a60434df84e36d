import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a deterministic synthetic sctb workspace (the submissions contract of docs/, issue 3) for benchmarks.
 *
 * <p>Run without a build step: {@code java bench/Generate.java --establishments N --out DIR [--seed S]
 * [--zones Z] [--supermarkets S] [--share-from PERIOD]} (Z and S: distinct entities of the share indicators, all
 * agencies together; PERIOD: the first half-year with zone and supermarket rows, the whole series by default).
 * One folder per half-year (2020H1 … 2026H1: 13 periods; 2020 is the plan's baseline year), one
 * {@code <AGENCY>-chi-so.csv} per period and
 * agency (consumption-reduction rows for N establishments over the 11 sectors, share rows for
 * zones-awareness and eco-packaging, count rows for spc-models) and one {@code <AGENCY>-nhiem-vu.csv} per
 * lead agency and half-year. Same arguments → byte-identical files: every value is a pure function of
 * (seed, establishment, period), no shared random state, no clock, no locale. Rows are assembled as bytes
 * in one reusable buffer so that generating millions of rows is I/O-bound, not formatting-bound.
 */
public final class Generate {

    static final String[] PERIODS = {
        "2020H1", "2020H2", "2021H1", "2021H2", "2022H1", "2022H2", "2023H1", "2023H2",
        "2024H1", "2024H2", "2025H1", "2025H2", "2026H1"
    };

    /** Agency "slots" reporting indicator data: code before and after the 2025 successions, and from which period. */
    static final String[][] SLOTS = {
        {"SCT", "SCT", ""}, {"STC", "STC", ""}, {"SVHTTDL", "SVHTTDL", ""}, {"BQLKKT", "BQLKKT", ""},
        {"LMHTX", "LMHTX", ""}, {"TTXTDT", "TTXTDT", ""}, {"HTCBVNTD", "HTCBVNTD", ""}, {"VCCI", "VCCI", ""},
        {"SGDDT", "SGDDT", ""}, {"SKHCN", "SKHCN", ""}, {"NHNN", "NHNN", ""}, {"SNGV", "SNGV", ""},
        {"SYT", "SYT", ""}, {"VPUBND", "VPUBND", ""},
        {"STNMT", "SNNMT", "2025H1"}, {"SGTVT", "SXD", "2025H1"}, {"SLDTBXH", "SNV", "2025H1"},
        {"UBND-HUYEN", "UBND-XA", "2025H2"},
    };

    static final String[] SECTORS = {
        "textile", "leather-footwear", "steel", "plastics", "chemicals", "cement", "beer", "paper",
        "seafood", "fertilizer", "other"
    };
    static final String[] SECTOR_UNIT = {
        "kgOE/tấn", "kgOE/nghìn đôi", "MJ/tấn", "kgOE/tấn", "kgOE/tấn", "kgOE/tấn", "MJ/hl", "MJ/tấn",
        "kWh/tấn", "kgOE/tấn", "kgOE/tấn"
    };
    /** Typical intensity (consumption per unit of output) and typical half-year output per sector. */
    static final double[] SECTOR_INTENSITY = {560, 310, 5200, 420, 380, 95, 140, 9800, 620, 210, 300};
    static final double[] SECTOR_OUTPUT = {1800, 900, 40000, 2500, 3000, 250000, 60000, 8000, 1500, 20000, 1200};
    /** Yearly relative improvement of intensity per sector (negative = worse), so reports show a spread. */
    static final double[] SECTOR_TREND = {0.010, 0.012, 0.006, 0.003, 0.002, 0.016, 0.015, -0.004, -0.003, 0.008, 0.005};
    static final String[] SECTOR_NAME = {
        "Công ty CP Dệt may", "Công ty TNHH Giày da", "Công ty CP Thép", "Công ty TNHH Nhựa",
        "Công ty CP Hóa chất", "Công ty CP Xi măng", "Công ty CP Bia", "Công ty TNHH Giấy",
        "Công ty CP Thủy sản", "Công ty CP Phân bón", "Cơ sở sản xuất"
    };
    static final String[] PLACES = {
        "Hàm Rồng", "Sầm Sơn", "Bỉm Sơn", "Nghi Sơn", "Thiệu Hóa", "Đông Sơn", "Quảng Xương", "Hoằng Hóa",
        "Hậu Lộc", "Nga Sơn", "Hà Trung", "Vĩnh Lộc", "Yên Định", "Thọ Xuân", "Triệu Sơn", "Nông Cống",
        "Như Thanh", "Ngọc Lặc", "Cẩm Thủy", "Thạch Thành", "Lam Sơn", "Tĩnh Gia", "Đông Hòa", "Lễ Môn"
    };
    static final String[] NOTES = {
        "\"Số liệu ước tính, chưa kiểm toán năng lượng\"",
        "\"Sản lượng quy đổi, gồm cả bán thành phẩm\"",
        "Đã kiểm toán năng lượng",
        "\"Dừng lò 15 ngày để bảo dưỡng, thay thiết bị\"",
    };

    /** Tasks with a lead before the 2025 successions and after them (titles as in the samples). */
    static final String[][] TASKS = {
        {"I.1", "Triển khai chỉ đạo, hướng dẫn của Bộ Công Thương về SXTDBV", "SCT", "SCT"},
        {"I.2", "Triển khai hướng dẫn của Bộ Tài chính về mua sắm công xanh (kinh phí sự nghiệp)", "STC", "STC"},
        {"I.3", "Triển khai hướng dẫn của Bộ KH&ĐT về ưu đãi nhà thầu dùng sản phẩm nhãn xanh", "SKHDT", "STC"},
        {"I.4", "Triển khai hướng dẫn của Bộ TN&MT về trách nhiệm mở rộng của nhà sản xuất", "STNMT", "SNNMT"},
        {"I.5", "Triển khai hướng dẫn của Bộ VHTTDL về tiêu chuẩn du lịch bền vững", "SVHTTDL", "SVHTTDL"},
        {"I.6", "Tham mưu ban hành kế hoạch hành động thực hiện Chương trình SXTDBV", "SCT", "SCT"},
        {"II.1", "Phổ biến công nghệ, mô hình thu hồi, tái sử dụng, tái chế chất thải", "SCT", "SCT"},
        {"II.2", "Mô hình quản lý, khai thác và sử dụng bền vững tài nguyên, khoáng sản", "STNMT", "SNNMT"},
        {"III.1", "Hướng dẫn, đào tạo thiết kế bền vững, thiết kế sinh thái", "SCT", "SCT"},
        {"IV.1", "Triển khai định mức kinh tế kỹ thuật, kiểm toán năng lượng", "SCT", "SCT"},
        {"IV.2", "Hỗ trợ doanh nghiệp xây dựng chiến lược kinh doanh bền vững", "SCT", "SCT"},
        {"IV.3", "Mô hình cụm công nghiệp, làng nghề sinh thái và bền vững", "SCT", "SCT"},
        {"IV.5", "Nhân rộng mô hình sản xuất sạch hơn, sử dụng hiệu quả tài nguyên", "SCT", "SCT"},
        {"IV.6", "Xây dựng, nhân rộng mô hình khu công nghiệp sinh thái", "BQLKKT", "BQLKKT"},
        {"IV.7", "Mô hình làng nghề nông nghiệp bền vững, nông nghiệp hữu cơ", "SNNPTNT", "SNNMT"},
        {"IV.8", "Xây dựng mạng lưới liên kết hợp tác xã SXTDBV trong chuỗi", "LMHTX", "LMHTX"},
        {"V.1", "Phát triển dịch vụ hậu cần phân phối xanh, bền vững", "SCT", "SCT"},
        {"V.7", "Khuyến khích phương tiện vận tải thân thiện môi trường", "SGTVT", "SXD"},
        {"VI.2", "Hướng dẫn dán nhãn xanh, chứng nhận nhãn xanh sản phẩm", "STNMT", "SNNMT"},
        {"VI.3", "Hướng dẫn nhãn xanh cho KCN sinh thái, doanh nghiệp sinh thái", "BQLKKT", "BQLKKT"},
        {"VII.2", "Xúc tiến thương mại, quảng bá sản phẩm thân thiện môi trường", "TTXTDT", "TTXTDT"},
        {"VII.3", "Thông tin cho người tiêu dùng về sản phẩm hữu cơ, nhãn sinh thái", "HTCBVNTD", "HTCBVNTD"},
        {"VII.4", "Hỗ trợ doanh nghiệp lập báo cáo phát triển bền vững", "VCCI", "VCCI"},
        {"VIII.2", "Phổ biến mua sắm công xanh (kinh phí sự nghiệp)", "STC", "STC"},
        {"VIII.3", "Phổ biến mua sắm công xanh (vốn đầu tư phát triển)", "SKHDT", "STC"},
        {"IX.4", "Lồng ghép SXTDBV vào giảng dạy các cấp học", "SGDDT", "SGDDT"},
        {"IX.5", "Lồng ghép SXTDBV trong giáo dục nghề nghiệp", "SLDTBXH", "SGDDT"},
        {"X.2", "Nhân rộng thực hành tốt về thu gom, tái sử dụng chất thải", "STNMT", "SNNMT"},
        {"X.3", "Kết nối cung cầu sản phẩm, công nghệ môi trường, tái chế", "TTXTDT", "TTXTDT"},
        {"XII.1", "Xây dựng cơ sở dữ liệu về SXTDBV", "SCT", "SCT"},
        {"XII.4", "Phổ biến giải pháp công nghệ thông minh của doanh nghiệp số", "SKHCN", "SKHCN"},
        {"XII.6", "Ứng dụng CNTT, trí tuệ nhân tạo trong quản lý nguồn thải", "STTTT", "SKHCN"},
        {"XIII.1", "Chương trình KH&CN trọng điểm thúc đẩy SXTDBV", "SKHCN", "SKHCN"},
        {"XIV.1", "Hướng dẫn áp dụng chính sách tín dụng xanh", "NHNN", "NHNN"},
        {"XV.2", "Thu hút nguồn lực quốc tế hỗ trợ SXTDBV", "SNGV", "SNGV"},
    };
    static final String[] RESULTS = {
        "\"Tổ chức 2 hội nghị phổ biến, 150 đại biểu tham dự; ban hành 3 văn bản hướng dẫn.\"",
        "\"Khảo sát 12 cơ sở, lựa chọn 2 địa điểm xây dựng mô hình.\"",
        "Rà soát nội dung và lồng ghép vào kế hoạch công tác năm",
        "\"- Biên soạn 3 bộ tài liệu hướng dẫn.\n- Tập huấn cho 120 cán bộ, doanh nghiệp.\"",
    };
    static final String[] DIFFICULTIES = {
        "\"Kinh phí bố trí còn hạn chế, cán bộ kiêm nhiệm.\"", "",
        "\"Số liệu của doanh nghiệp gửi chậm, chưa đầy đủ.\"", "",
    };
    static final String[] PROPOSALS = {"", "Đề nghị bổ sung biên chế cán bộ theo dõi.", "", ""};

    public static void main(String[] args) throws IOException {
        long establishments = -1;
        Path out = null;
        long seed = 2021;
        long zones = -1;
        long supermarkets = -1;
        int shareFrom = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--establishments" -> establishments = Long.parseLong(args[++i]);
                case "--zones" -> zones = Long.parseLong(args[++i]);
                case "--supermarkets" -> supermarkets = Long.parseLong(args[++i]);
                case "--share-from" -> shareFrom = indexOf(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> usage("unknown argument: " + args[i]);
            }
        }
        if (establishments < 0 || out == null) {
            usage("--establishments and --out are required");
        }
        // By default a few zones and supermarkets for every establishment (a province's proportions); a
        // share-heavy workspace (national roll-up of entity rows) names its counts.
        long zonesPerAgency = zones < 0 ? Math.max(20, establishments / 300) : ceilDiv(zones, ZONE_AGENCIES);
        long shopsPerAgency = supermarkets < 0 ? Math.max(14, establishments / 1000) : ceilDiv(supermarkets, SHOP_AGENCIES);
        long rows = new Generate(establishments, seed, zonesPerAgency, shopsPerAgency, shareFrom).writeAll(out);
        System.out.println(rows + " indicator rows in " + out);
    }

    static void usage(String why) {
        System.err.println(why);
        System.err.println("usage: java bench/Generate.java --establishments N --out DIR [--seed S]"
            + " [--zones Z] [--supermarkets S] [--share-from PERIOD]");
        System.exit(2);
    }

    final long n;
    final long seed;
    /** Zones each of the zone-reporting agencies reports, supermarkets each supermarket-reporting one. */
    final long zonesPerAgency;
    final long shopsPerAgency;
    /** Index of the first period with zone and supermarket rows (a roll-up whose entities report only lately). */
    final int shareFrom;
    final Buf buf = new Buf();

    Generate(long n, long seed, long zonesPerAgency, long shopsPerAgency, int shareFrom) {
        this.n = n;
        this.seed = seed;
        this.zonesPerAgency = zonesPerAgency;
        this.shopsPerAgency = shopsPerAgency;
        this.shareFrom = shareFrom;
    }

    static final int ZONE_AGENCIES = 3;
    static final int SHOP_AGENCIES = 2;

    static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    long writeAll(Path out) throws IOException {
        long rows = 0;
        for (int p = 0; p < PERIODS.length; p++) {
            String period = PERIODS[p];
            Path dir = out.resolve(period);
            Files.createDirectories(dir);
            for (int s = 0; s < SLOTS.length; s++) {
                String agency = agencyOf(s, p);
                try (OutputStream os = new FileOutputStream(dir.resolve(agency + "-chi-so.csv").toFile())) {
                    buf.out = os;
                    rows += writeIndicators(p, s, agency);
                    buf.flush();
                }
            }
            if (p >= indexOf("2021H1")) { // the plan's tasks start in 2021
                writeTasks(dir, p);
            }
        }
        return rows;
    }

    static String agencyOf(int slot, int p) {
        String from = SLOTS[slot][2];
        boolean after = !from.isEmpty() && p >= indexOf(from);
        return after ? SLOTS[slot][1] : SLOTS[slot][0];
    }

    static int indexOf(String period) {
        for (int i = 0; i < PERIODS.length; i++) {
            if (PERIODS[i].equals(period)) {
                return i;
            }
        }
        throw new IllegalArgumentException(period);
    }

    static final byte[] INDICATOR_HEADER = b("period,agency,indicator,sector,entity,numerator,denominator,unit,note\n");
    static final byte[] CR = b("consumption-reduction");
    static final byte[][] SECTOR_B = bytes(SECTORS);
    static final byte[][] UNIT_B = bytes(SECTOR_UNIT);
    static final byte[][] NAME_B = bytes(SECTOR_NAME);
    static final byte[][] PLACE_B = bytes(PLACES);
    static final byte[][] NOTE_B = bytes(NOTES);

    long writeIndicators(int p, int slot, String agency) throws IOException {
        byte[] prefix = b(PERIODS[p] + "," + agency + ",");
        buf.put(INDICATOR_HEADER);
        long rows = 0;
        double years = p / 2.0; // years since 2020H1
        double halfYear = 1.0;
        for (long e = slot; e < n; e += SLOTS.length) {
            long h = mix(seed, e);
            int sector = (int) Long.remainderUnsigned(h, SECTORS.length);
            long hp = mix(h, p);
            double size = 0.3 + 2.7 * unit(h >>> 11);
            double output = SECTOR_OUTPUT[sector] * size * halfYear * (0.9 + 0.2 * unit(hp >>> 11));
            double level = 0.8 + 0.4 * unit(mix(h, 7) >>> 11);
            double ownTrend = SECTOR_TREND[sector] + 0.01 * (unit(mix(h, 9) >>> 11) - 0.5);
            double intensity = SECTOR_INTENSITY[sector] * level * (1 - ownTrend * years)
                * (0.98 + 0.04 * unit(mix(hp, 3) >>> 11));
            long den = Math.max(1, Math.round(output * 10));
            long num = Math.round(intensity * den);
            buf.put(prefix);
            buf.put(CR);
            buf.put((byte) ',');
            buf.put(SECTOR_B[sector]);
            buf.put((byte) ',');
            buf.put(NAME_B[sector]);
            buf.put((byte) ' ');
            buf.put(PLACE_B[(int) Long.remainderUnsigned(h >>> 20, PLACES.length)]);
            buf.put((byte) ' ');
            buf.putPadded(e, 6);
            buf.put((byte) ',');
            buf.putTenths(num);
            buf.put((byte) ',');
            buf.putTenths(den);
            buf.put((byte) ',');
            buf.put(UNIT_B[sector]);
            buf.put((byte) ',');
            long noteRoll = Long.remainderUnsigned(hp >>> 33, 28);
            if (noteRoll < NOTES.length) {
                buf.put(NOTE_B[(int) noteRoll]);
            }
            buf.put((byte) '\n');
            rows++;
        }
        rows += writeShares(p, slot, prefix);
        return rows;
    }

    static final byte[] SHARE_TAIL = b(",1,,\n");
    static final byte[] ZONES = b("zones-awareness,,");
    static final byte[] ECO = b("eco-packaging,,");
    static final byte[][] ZONE_KIND = bytes(new String[] {"KCN", "CCN", "Làng nghề", "Cụm công nghiệp"});
    static final byte[][] SHOP_KIND = bytes(new String[] {"Siêu thị", "TTTM", "Siêu thị mini"});

    /**
     * Share rows (one per zone or supermarket, 1/1 or 0/1) and one spc-models count row per agency; entity
     * numbers are unique across agencies so that no two files report the same entity (no duplicate-row).
     */
    long writeShares(int p, int slot, byte[] prefix) throws IOException {
        long rows = 0;
        double progress = p / (double) (PERIODS.length - 1);
        boolean entities = p >= shareFrom;
        if (entities && (slot == 3 || slot == 0 || slot == SLOTS.length - 1)) { // BQLKKT, SCT, UBND-HUYEN/XA report zones
            for (long z = 0; z < zonesPerAgency; z++) {
                long h = mix(seed ^ 0x5A, z * 31 + slot);
                boolean met = unit(mix(h, 1) >>> 11) < 0.2 + 0.6 * progress;
                shareRow(prefix, ZONES, ZONE_KIND[(int) (z % ZONE_KIND.length)], h, z * SLOTS.length + slot, met);
                rows++;
            }
        }
        if (entities && (slot == 0 || slot == 1)) { // SCT and STC report supermarkets
            for (long z = 0; z < shopsPerAgency; z++) {
                long h = mix(seed ^ 0xEC, z * 31 + slot);
                boolean met = unit(mix(h, 1) >>> 11) < 0.43 + 0.4 * progress;
                shareRow(prefix, ECO, SHOP_KIND[(int) (z % SHOP_KIND.length)], h, z * SLOTS.length + slot, met);
                rows++;
            }
        }
        buf.put(prefix);
        // The entity names the agency's own models: the duplicate key has no agency, so a blank entity
        // in every agency's file would be one key reported 18 times (duplicate-row).
        buf.put(b("spc-models,,Mô hình nhóm "));
        buf.putLong(slot);
        buf.put((byte) ',');
        buf.putLong((p + slot) / 6);
        buf.put(b(",,mô hình,\"Mô hình SXTDBV, đang nhân rộng\"\n"));
        return rows + 1;
    }

    void shareRow(byte[] prefix, byte[] indicator, byte[] kind, long h, long id, boolean met) throws IOException {
        buf.put(prefix);
        buf.put(indicator);
        buf.put(kind);
        buf.put((byte) ' ');
        buf.put(PLACE_B[(int) Long.remainderUnsigned(h >>> 20, PLACES.length)]);
        buf.put((byte) ' ');
        buf.putPadded(id, 5);
        buf.put((byte) ',');
        buf.put((byte) (met ? '1' : '0'));
        buf.put(SHARE_TAIL);
    }

    static final byte[] TASK_HEADER =
        b("period,agency,task,title,status,progress,result,difficulties,proposals,spent_vnd,submitted_on\n");

    void writeTasks(Path dir, int p) throws IOException {
        boolean after = p >= indexOf("2025H1");
        List<String> agencies = new ArrayList<>();
        for (String[] t : TASKS) {
            String lead = after ? t[3] : t[2];
            if (!agencies.contains(lead)) {
                agencies.add(lead);
            }
        }
        String period = PERIODS[p];
        int year = Integer.parseInt(period.substring(0, 4));
        String month = period.endsWith("H1") ? "06" : "12";
        for (String agency : agencies) {
            try (OutputStream os = new FileOutputStream(dir.resolve(agency + "-nhiem-vu.csv").toFile())) {
                buf.out = os;
                buf.put(TASK_HEADER);
                int day = 10 + (int) Long.remainderUnsigned(mix(seed, agency.hashCode() * 31L + p), 10);
                for (String[] t : TASKS) {
                    if (!agency.equals(after ? t[3] : t[2])) {
                        continue;
                    }
                    long h = mix(mix(seed, t[0].hashCode()), p);
                    int progress = Math.min(100, 8 * (p - 2) + (int) Long.remainderUnsigned(h, 20));
                    String status = progress >= 100 ? "done" : (h & 7) == 0 ? "delayed" : "in-progress";
                    int k = (int) Long.remainderUnsigned(h >>> 8, RESULTS.length);
                    String spent = ((h >>> 16) & 3) == 0 ? (5 + (h >>> 20) % 200) * 500_000L + "" : "";
                    String line = period + "," + agency + "," + t[0] + ",\"" + t[1] + "\"," + status + ","
                        + progress + "," + RESULTS[k] + "," + DIFFICULTIES[k] + "," + PROPOSALS[k] + "," + spent
                        + "," + year + "-" + month + "-" + day + "\n";
                    buf.put(b(line));
                }
                buf.flush();
            }
        }
    }

    // --- deterministic hashing: splitmix64 finaliser; values depend only on their inputs ---

    static long mix(long a, long b) {
        long z = a * 0x9E3779B97F4A7C15L + b + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A double in [0, 1) from the low 53 bits of a non-negative long. */
    static double unit(long bits) {
        return (bits & ((1L << 53) - 1)) * 0x1.0p-53;
    }

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[][] bytes(String[] ss) {
        byte[][] r = new byte[ss.length][];
        for (int i = 0; i < ss.length; i++) {
            r[i] = b(ss[i]);
        }
        return r;
    }

    /** A reusable byte buffer in front of the current output stream: no per-row String or formatter. */
    static final class Buf {
        final byte[] a = new byte[1 << 17];
        int len;
        OutputStream out;
        final byte[] digits = new byte[20];

        void ensure(int more) throws IOException {
            if (len + more > a.length) {
                flush();
            }
        }

        void flush() throws IOException {
            out.write(a, 0, len);
            len = 0;
        }

        void put(byte c) throws IOException {
            ensure(1);
            a[len++] = c;
        }

        void put(byte[] s) throws IOException {
            ensure(s.length);
            System.arraycopy(s, 0, a, len, s.length);
            len += s.length;
        }

        void putLong(long v) throws IOException {
            ensure(20);
            if (v == 0) {
                a[len++] = '0';
                return;
            }
            int d = 0;
            while (v > 0) {
                digits[d++] = (byte) ('0' + v % 10);
                v /= 10;
            }
            while (d > 0) {
                a[len++] = digits[--d];
            }
        }

        void putPadded(long v, int width) throws IOException {
            ensure(20 + width);
            int d = 0;
            do {
                digits[d++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v > 0);
            for (int i = d; i < width; i++) {
                a[len++] = '0';
            }
            while (d > 0) {
                a[len++] = digits[--d];
            }
        }

        /** Writes v/10 with exactly one decimal (non-negative v). */
        void putTenths(long v) throws IOException {
            putLong(v / 10);
            put((byte) '.');
            put((byte) ('0' + v % 10));
        }
    }
}
