package sctb.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceSuffixTest {
  @Test
  void theProvinceIsThePlaceTheIssuerNames() {
    assertThat(ProvinceSuffix.keys("UBND tỉnh Thanh Hóa")).containsExactly("tinh_thanh_hoa", "thanh_hoa");
    assertThat(ProvinceSuffix.keys("Ủy ban nhân dân thành phố Hà Nội")).containsExactly("thanh_pho_ha_noi", "ha_noi");
    assertThat(ProvinceSuffix.keys("Bộ Công Thương")).isEmpty();
    assertThat(ProvinceSuffix.keys(null)).isEmpty();
  }

  @Test
  void onlyAWholeTrailingPlaceIsTakenOff() {
    List<String> keys = ProvinceSuffix.keys("UBND tỉnh Thanh Hóa");
    assertThat(ProvinceSuffix.strip("so_cong_thuong_tinh_thanh_hoa", keys)).isEqualTo("so_cong_thuong");
    assertThat(ProvinceSuffix.strip("so_cong_thuong_thanh_hoa", keys)).isEqualTo("so_cong_thuong");
    assertThat(ProvinceSuffix.strip("thanh_hoa", keys)).isEmpty();
    assertThat(ProvinceSuffix.strip("so_xthanh_hoa", keys)).isEmpty();
    assertThat(ProvinceSuffix.strip("so_cong_thuong_nghe_an", keys)).isEmpty();
  }
}
