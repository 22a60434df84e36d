package sctb.core.register;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import sctb.core.text.Fold;

/**
 * What a register entry is, and so which of the plan's populations it belongs to: production
 * establishments (consumption per unit of product), supermarkets and trade centres, economic zones,
 * industrial parks and clusters and craft villages, and SPC models. Read from the words people write.
 */
public enum EntityKind {
  ESTABLISHMENT("establishment", "cơ sở sản xuất", "co_so", "doanh_nghiep", "nha_may"),
  OUTLET("outlet", "siêu thị, trung tâm thương mại", "sieu_thi", "trung_tam_thuong_mai", "tttm", "sieu_thi_tttm"),
  ZONE("zone", "khu, cụm công nghiệp, làng nghề", "khu_cum_lang_nghe", "khu_kinh_te", "kkt", "khu_cong_nghiep", "kcn",
      "cum_cong_nghiep", "ccn", "lang_nghe"),
  MODEL("model", "mô hình", "mo_hinh_sxtdbv");

  private final String id;
  private final String label;
  private final List<String> spellings;

  /** {@code label}: the words templates write, itself a spelling read back; {@code spellings}: folded keys. */
  EntityKind(String id, String label, String... spellings) {
    this.id = id;
    this.label = label;
    this.spellings = Stream.concat(Stream.of(Fold.key(label)), Stream.of(spellings)).toList();
  }

  public String id() {
    return id;
  }

  /** What a clerk reads and writes for this kind: "cơ sở sản xuất", "mô hình". */
  public String label() {
    return label;
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
