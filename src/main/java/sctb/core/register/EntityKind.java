package sctb.core.register;

import java.util.List;
import java.util.Optional;
import sctb.core.text.Fold;

/**
 * What a register entry is, and so which of the plan's populations it belongs to: production
 * establishments (consumption per unit of product), supermarkets and trade centres, economic zones,
 * industrial parks and clusters and craft villages, and SPC models. Read from the words people write.
 */
public enum EntityKind {
  ESTABLISHMENT("establishment", "co_so", "co_so_san_xuat", "doanh_nghiep", "nha_may"),
  OUTLET("outlet", "sieu_thi", "trung_tam_thuong_mai", "tttm", "sieu_thi_tttm", "sieu_thi_trung_tam_thuong_mai"),
  ZONE("zone", "khu_cum_lang_nghe", "khu_kinh_te", "kkt", "khu_cong_nghiep", "kcn", "cum_cong_nghiep", "ccn",
      "lang_nghe"),
  MODEL("model", "mo_hinh", "mo_hinh_sxtdbv");

  private final String id;
  private final List<String> spellings;

  EntityKind(String id, String... spellings) {
    this.id = id;
    this.spellings = List.of(spellings);
  }

  public String id() {
    return id;
  }

  /** The kind an id or a Vietnamese word names ("siêu thị", "KCN", "mô hình"), ignoring case and diacritics. */
  public static Optional<EntityKind> parse(String text) {
    String key = Fold.key(text);
    for (EntityKind k : values()) {
      if (k.id.equals(key) || k.spellings.contains(key)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
