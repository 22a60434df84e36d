package sctb.render.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF ends lines between words, never inside "19/06/2024" or "2/8". */
class NumberKeepingLineBreaksTest {
  private static List<Integer> breaks(String text) {
    NumberKeepingLineBreaks lines = new NumberKeepingLineBreaks();
    lines.setText(text);
    List<Integer> at = new ArrayList<>();
    for (int b = lines.next(); b >= 0; b = lines.next()) {
      at.add(b);
    }
    return at;
  }

  @Test
  void datesAndFractionsStayWhole() {
    String text = "Sở Tài chính (19/06/2024); 2/8 ngành đạt; và/hoặc";
    List<Integer> at = breaks(text);
    int date = text.indexOf("19/06/2024");
    assertThat(at).noneMatch(b -> b > date && b < date + "19/06/2024".length());
    int fraction = text.indexOf("2/8");
    assertThat(at).noneMatch(b -> b > fraction && b < fraction + 3);
    assertThat(at).contains(text.indexOf("Tài"), text.indexOf("2/8"), text.length());
  }
}
