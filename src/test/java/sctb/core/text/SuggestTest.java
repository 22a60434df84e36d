package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Edit distance, by the table and by a prepared name, as the nearest-name searches use it. */
class SuggestTest {
  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggest.distance("", "sieu_thi")).isEqualTo(8);
    assertThat(Suggest.distance("thanh_hoa", "thanh_hoa")).isZero();
    assertThat(Suggest.distance("sieu_thi_cam_thuy", "sieu_thi_cam_thuy_2")).isEqualTo(2);
  }

  @Test
  void preparedNameGivesTheSameDistance() {
    assertThat(new NamePattern("sitting").distanceTo("kitten")).isEqualTo(3);
    assertThat(new NamePattern("sieu_thi_cam_thuy").distanceTo("")).isEqualTo(17);
    assertThat(new NamePattern("").distanceTo("abc")).isEqualTo(3);
    assertThat(new NamePattern("đa_nang").distanceTo("da_nang")).isEqualTo(1);
    String long70 = "k".repeat(70);
    assertThat(new NamePattern(long70).distanceTo("k".repeat(64))).isEqualTo(6);
  }

  @Property
  void preparedNameDistanceIsTheTablesDistance(
      @ForAll @StringLength(max = 70) @CharRange(from = 'a', to = 'e') String a,
      @ForAll @StringLength(max = 70) @CharRange(from = 'a', to = 'f') String b) {
    assertThat(new NamePattern(a).distanceTo(b)).isEqualTo(Suggest.distance(b, a));
  }
}
