package sctb.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Stopping once the evidence is {@link DecimalStyle.Evidence#settled} decides what counting every number decides. */
class DecimalEvidenceTest {

  @Property(tries = 2000)
  void stoppingWhenSettledDecidesAsCountingAll(@ForAll("separators") List<Character> cells, @ForAll("delimiters") char delimiter) {
    int comma = (int) cells.stream().filter(c -> c == ',').count();
    int point = (int) cells.stream().filter(c -> c == '.').count();
    DecimalStyle.Evidence early = new DecimalStyle.Evidence();
    for (int i = 0; i < cells.size() && !early.settled(cells.size() - i); i++) {
      if (cells.get(i) != ' ') {
        early.add(cells.get(i));
      }
    }
    assertThat(early.style(delimiter)).isEqualTo(DecimalStyle.decide(comma, point, delimiter));
  }

  @Provide
  Arbitrary<List<Character>> separators() {
    return Arbitraries.of(',', '.', ' ').list().ofMaxSize(30); // ' ': a number that gives no evidence
  }

  @Provide
  Arbitrary<Character> delimiters() {
    return Arbitraries.of(',', ';', '\t');
  }
}
