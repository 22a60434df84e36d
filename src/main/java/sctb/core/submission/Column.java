package sctb.core.submission;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sctb.core.text.Fold;

/**
 * The columns of the submissions contract and of the register, with every header spelling accepted
 * for each (matched by {@link Fold#key}: case, diacritics, spaces and punctuation ignored).
 * docs/submissions.md lists them.
 */
public enum Column {
  PERIOD("period", "ky_bao_cao", "ky"),
  AGENCY("agency", "don_vi", "co_quan"),
  TASK("task", "nhiem_vu", "ma_nhiem_vu"),
  TITLE("title", "ten_nhiem_vu", "noi_dung_nhiem_vu"),
  STATUS("status", "trang_thai", "tinh_trang"),
  PROGRESS("progress", "tien_do", "tien_do_thuc_hien", "ty_le_hoan_thanh", "ti_le_hoan_thanh"),
  RESULT("result", "ket_qua", "ket_qua_thuc_hien", "ket_qua_dat_duoc"),
  DIFFICULTIES("difficulties", "kho_khan", "kho_khan_vuong_mac"),
  PROPOSALS("proposals", "de_xuat", "kien_nghi", "kien_nghi_de_xuat"),
  SPENT_VND("spent_vnd", "kinh_phi", "kinh_phi_vnd", "kinh_phi_dong"),
  SUBMITTED_ON("submitted_on", "ngay_gui", "ngay_bao_cao", "ngay_gui_bao_cao"),
  INDICATOR("indicator", "chi_tieu", "chi_so", "ma_chi_tieu"),
  SECTOR("sector", "nganh", "ma_nganh"),
  ENTITY("entity", "co_so", "doi_tuong"),
  NUMERATOR("numerator", "tu_so", "gia_tri"),
  DENOMINATOR("denominator", "mau_so"),
  UNIT("unit", "don_vi_tinh", "dvt"),
  NOTE("note", "ghi_chu"),
  ENTITY_ID("entity_id", "ma_co_so", "ma_so_thue", "mst", "ma_doi_tuong", "ma_dinh_danh"),
  // the register's own columns
  KIND("kind", "loai", "loai_doi_tuong"),
  NAME("name", "ten", "ten_chinh_thuc", "ten_co_so", "ten_doi_tuong"),
  OTHER_NAMES("other_names", "ten_khac", "cach_viet_khac", "ten_goi_khac"),
  DISTRICT("district", "huyen", "quan_huyen", "huyen_cu"),
  COMMUNE("commune", "xa_phuong", "xa", "phuong_xa"),
  OPENED_ON("opened_on", "ngay_hoat_dong", "ngay_thanh_lap", "tu_ngay"),
  CLOSED_ON("closed_on", "ngay_dung_hoat_dong", "ngay_ngung_hoat_dong", "den_ngay");

  private static final Map<String, Column> BY_KEY = new HashMap<>();

  static {
    for (Column c : values()) {
      BY_KEY.put(c.id, c);
      for (String alias : c.aliases) {
        BY_KEY.put(alias, c);
      }
    }
  }

  private final String id;
  private final List<String> aliases;

  Column(String id, String... aliases) {
    this.id = id;
    this.aliases = List.of(aliases);
  }

  /** The stable id: what JSON and plan-independent code use; an accepted header too. */
  public String id() {
    return id;
  }

  /**
   * The header templates write and messages name the column by: what a clerk sees in Vietnamese. Each
   * one is an accepted spelling of its column, so a template reads back without renaming.
   */
  public String header() {
    return switch (this) {
      case PERIOD -> "Kỳ báo cáo";
      case AGENCY -> "Đơn vị";
      case TASK -> "Mã nhiệm vụ";
      case TITLE -> "Tên nhiệm vụ";
      case STATUS -> "Trạng thái";
      case PROGRESS -> "Tiến độ (%)";
      case RESULT -> "Kết quả";
      case DIFFICULTIES -> "Khó khăn, vướng mắc";
      case PROPOSALS -> "Kiến nghị, đề xuất";
      case SPENT_VND -> "Kinh phí (đồng)";
      case SUBMITTED_ON -> "Ngày báo cáo";
      case INDICATOR -> "Chỉ tiêu";
      case SECTOR -> "Ngành";
      case ENTITY -> "Cơ sở";
      case NUMERATOR -> "Tử số";
      case DENOMINATOR -> "Mẫu số";
      case UNIT -> "Đơn vị tính";
      case NOTE -> "Ghi chú";
      case ENTITY_ID -> "Mã cơ sở";
      case KIND -> "Loại";
      case NAME -> "Tên chính thức";
      case OTHER_NAMES -> "Tên khác";
      case DISTRICT -> "Huyện (cũ)";
      case COMMUNE -> "Xã, phường";
      case OPENED_ON -> "Ngày hoạt động";
      case CLOSED_ON -> "Ngày dừng hoạt động";
    };
  }

  /**
   * The column a header names, whatever its case, diacritics or spacing; also with a note in brackets
   * after the name, as clerks head their columns ("Tử số (giá trị)", "Tiến độ (% hoàn thành)"). Not the
   * spending with another unit in brackets ("Kinh phí (triệu đồng)"): read as đồng, its figures would
   * be a million times too small.
   */
  public static Optional<Column> byHeader(String header) {
    Column named = BY_KEY.get(Fold.key(header));
    int bracket = header == null || named != null ? -1 : header.indexOf('(');
    if (bracket <= 0) {
      return Optional.ofNullable(named);
    }
    Column before = BY_KEY.get(Fold.key(header.substring(0, bracket)));
    boolean otherMoney = before == SPENT_VND && !DONG.contains(Fold.key(header.substring(bracket)));
    return Optional.ofNullable(otherMoney ? null : before);
  }

  /**
   * True for a row-number column ("STT", "TT", "Số TT", "Số thứ tự", "No.", "#"): nearly every Vietnamese
   * table has one, and it holds nothing to read, so it is ignored without a warning (docs/submissions.md).
   */
  public static boolean isOrdinal(String header) {
    String key = Fold.key(header);
    return ORDINAL_KEYS.contains(key) || (key.isEmpty() && "#".equals(header.strip()));
  }

  /** Folded row-number headers. */
  private static final java.util.Set<String> ORDINAL_KEYS = java.util.Set.of("stt", "tt", "so_tt", "so_thu_tu",
      "thu_tu", "no", "nos", "number", "s_no", "sr_no", "sl_no");

  /** The spending's unit in brackets that keeps it in đồng: "(đồng)", "(VNĐ)", "(đ)". */
  private static final java.util.Set<String> DONG = java.util.Set.of("dong", "vnd", "d", "vn_dong");

  /** Every accepted spelling, for "did you mean". */
  public static List<String> spellings() {
    return BY_KEY.keySet().stream().sorted().toList();
  }
}
