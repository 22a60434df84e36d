package sctb.core.validate;

import java.util.List;
import java.util.Locale;
import sctb.core.text.Fold;

/**
 * An agency written with its province after its name, as on its letterhead: "Sở Công Thương tỉnh Thanh
 * Hóa" or "Sở Công Thương Thanh Hoá" is the plan's "Sở Công Thương". The province is the place the plan's
 * issuer names ("UBND tỉnh Thanh Hóa"), so the rule holds for any province's plan.
 */
final class ProvinceSuffix {
  private ProvinceSuffix() {}

  private static final List<String> PLACE_WORDS = List.of("tỉnh ", "thành phố ");

  /** The folded suffixes to take off ("tinh_thanh_hoa", then "thanh_hoa"); none when the issuer names no province. */
  static List<String> keys(String issuer) {
    if (issuer == null) {
      return List.of();
    }
    String lower = Fold.nfc(issuer).toLowerCase(Locale.ROOT);
    for (String word : PLACE_WORDS) {
      int at = lower.lastIndexOf(word);
      if (at >= 0) {
        String place = Fold.key(lower.substring(at + word.length()));
        return place.isEmpty() ? List.of() : List.of(Fold.key(word) + "_" + place, place);
      }
    }
    return List.of();
  }

  /** The folded name without the province after it; "" when it names none (no agency has key ""). */
  static String strip(String key, List<String> suffixes) {
    for (String suffix : suffixes) {
      if (key.length() > suffix.length() + 1 && key.endsWith(suffix)
          && key.charAt(key.length() - suffix.length() - 1) == '_') {
        return key.substring(0, key.length() - suffix.length() - 1);
      }
    }
    return "";
  }
}
