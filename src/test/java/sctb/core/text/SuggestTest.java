package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Edit distance, in full and bounded, as the nearest-name searches use it. */
class SuggestTest {
  @Test
  void distanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggest.distance("", "sieu_thi")).isEqualTo(8);
    assertThat(Suggest.distance("thanh_hoa", "thanh_hoa")).isZero();
    assertThat(Suggest.distance("sieu_thi_cam_thuy", "sieu_thi_cam_thuy_2")).isEqualTo(2);
  }

  @Test
  void boundedDistanceStopsPastTheLimit() {
    assertThat(Suggest.distanceWithin("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(Suggest.distanceWithin("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(Suggest.distanceWithin("kitten", "sitting", 0)).isEqualTo(1);
    assertThat(Suggest.distanceWithin("a", "abcdefgh", 3)).isEqualTo(4);
    assertThat(Suggest.distanceWithin("abc", "abc", -1)).isZero();
  }

  @Property
  void boundedDistanceIsTheDistanceCappedAtOnePastTheLimit(
      @ForAll @StringLength(max = 12) String a, @ForAll @StringLength(max = 12) String b,
      @ForAll @IntRange(min = 0, max = 14) int limit) {
    assertThat(Suggest.distanceWithin(a, b, limit)).isEqualTo(Math.min(Suggest.distance(a, b), limit + 1));
  }
}
