package sctb.core.submission;

import java.util.Map;
import java.util.Optional;
import sctb.core.text.Fold;

/** A task's status as an agency reports it; reads the Vietnamese labels people type. */
public enum Status {
  NOT_STARTED("not-started"),
  IN_PROGRESS("in-progress"),
  DONE("done"),
  /** Carried out regularly ("thường xuyên"): counts as delivered, like done. */
  ONGOING("ongoing"),
  DELAYED("delayed");

  private static final Map<String, Status> LABELS = Map.ofEntries(
      Map.entry("not_started", NOT_STARTED),
      Map.entry("chua_trien_khai", NOT_STARTED),
      Map.entry("chua_thuc_hien", NOT_STARTED),
      Map.entry("in_progress", IN_PROGRESS),
      Map.entry("dang_trien_khai", IN_PROGRESS),
      Map.entry("dang_thuc_hien", IN_PROGRESS),
      Map.entry("done", DONE),
      Map.entry("hoan_thanh", DONE),
      Map.entry("da_hoan_thanh", DONE),
      Map.entry("ongoing", ONGOING),
      Map.entry("thuong_xuyen", ONGOING),
      Map.entry("thuc_hien_thuong_xuyen", ONGOING),
      Map.entry("trien_khai_thuong_xuyen", ONGOING),
      Map.entry("delayed", DELAYED),
      Map.entry("cham_tien_do", DELAYED),
      Map.entry("cham", DELAYED));

  private final String id;

  Status(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** True for the statuses that count a task as delivered (done, or carried out regularly). */
  public boolean delivered() {
    return this == DONE || this == ONGOING;
  }

  /** Reads an id or a Vietnamese label, ignoring case, diacritics and spacing. */
  public static Optional<Status> parse(String text) {
    return Optional.ofNullable(LABELS.get(Fold.key(text)));
  }

  /** Every spelling accepted, for suggestions. */
  public static java.util.Set<String> spellings() {
    return LABELS.keySet();
  }
}
