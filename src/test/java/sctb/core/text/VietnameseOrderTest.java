package sctb.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Names in Vietnamese alphabetical order, not by code points ("Đông Sơn" after "Yên Định" was the code-point order). */
class VietnameseOrderTest {

  @Test
  void letterByLetterAsTheVietnameseAlphabetHasThem() {
    List<String> names = new ArrayList<>(List.of("Yên Định", "Đông Sơn", "Ấp Bắc", "Ân Thi", "An Lão", "Ăn Uống", "Ê Đê",
        "Ea Súp", "Dương Xá", "ơn", "Ô Môn", "Ông Ích", "Uông Bí", "Ứng Hòa", "Zeta", "Bỉm Sơn", "12 Lê Lợi", "Bá Thước"));
    assertThat(VietnameseOrder.sorted(names, s -> s)).containsExactly("12 Lê Lợi", "An Lão", "Ăn Uống", "Ân Thi", "Ấp Bắc",
        "Bá Thước", "Bỉm Sơn", "Dương Xá", "Đông Sơn", "Ea Súp", "Ê Đê", "Ô Môn", "Ông Ích", "ơn", "Uông Bí", "Ứng Hòa",
        "Yên Định", "Zeta");
  }

  @Test
  void tonesAfterLettersInDictionaryOrderThenCase() {
    List<String> names = new ArrayList<>(List.of("bạ", "Ba", "bá", "bã", "bả", "bà", "ba", "Bac"));
    Collections.shuffle(names, new java.util.Random(7));
    assertThat(VietnameseOrder.sorted(names, s -> s)).containsExactly("ba", "Ba", "bà", "bả", "bã", "bá", "bạ", "Bac");
    // the same letter written composed or decomposed (a Mac's NFD) sorts as one letter
    assertThat(VietnameseOrder.key("Ấp").compareTo(VietnameseOrder.key("A\u0302\u0301p"))).isNotZero();
    assertThat(VietnameseOrder.key("Ấp").letters()).isEqualTo(VietnameseOrder.key("A\u0302\u0301p").letters());
    assertThat(VietnameseOrder.key("ậ").letters()).isEqualTo(VietnameseOrder.key("â").letters());
  }

  @Property
  void aTotalOrderWhateverTheInput(@ForAll String a, @ForAll String b) {
    int ab = VietnameseOrder.NAMES.compare(a, b);
    assertThat(Integer.signum(ab)).isEqualTo(-Integer.signum(VietnameseOrder.NAMES.compare(b, a)));
    assertThat(ab == 0).isEqualTo(a.equals(b));
  }
}
