package sctb.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import sctb.core.period.Period;
import sctb.core.period.PeriodParser;

/**
 * A file's peer groups ({@link Outliers.FileGroups}) are the groups the rows name, whatever their order;
 * the eleven sectors of the plan's reduction indicator each keep theirs (a slot each, not made again a row).
 */
class FileGroupsProperties {
  private static final List<String> SECTORS = List.of("textile", "leather-footwear", "steel", "plastics",
      "chemicals", "cement", "beer", "paper", "seafood", "fertilizer", "other");
  private static final List<Period> PERIODS = List.of(PeriodParser.parse("2024H1").orElseThrow(),
      PeriodParser.parse("2024H2").orElseThrow());

  @Property(tries = 300)
  void eachRowGetsTheGroupItNames(@ForAll("rows") List<int[]> rows) {
    Outliers.FileGroups groups = new Outliers.FileGroups();
    for (int[] r : rows) {
      String indicator = r[0] == 0 ? "consumption-reduction" : "other-reduction";
      String sector = r[3] == 0 ? SECTORS.get(r[1]) : new String(SECTORS.get(r[1])); // equal, not the same String
      Period period = PERIODS.get(r[2]);
      assertThat(groups.of(indicator, sector, period)).isEqualTo(new Outliers.Group(indicator, sector, period));
    }
  }

  @Test
  void theElevenSectorsOfAnIndicatorEachKeepTheirGroup() {
    Outliers.FileGroups groups = new Outliers.FileGroups();
    List<Outliers.Group> first = new ArrayList<>();
    SECTORS.forEach(s -> first.add(groups.of("consumption-reduction", s, PERIODS.get(0))));
    for (int i = 0; i < SECTORS.size(); i++) {
      assertThat(groups.of("consumption-reduction", SECTORS.get(i), PERIODS.get(0))).isSameAs(first.get(i));
    }
  }

  @Provide
  Arbitrary<List<int[]>> rows() {
    Arbitrary<int[]> row = Arbitraries.integers().between(0, 1).flatMap(i ->
        Arbitraries.integers().between(0, SECTORS.size() - 1).flatMap(s ->
            Arbitraries.integers().between(0, PERIODS.size() - 1).flatMap(p ->
                Arbitraries.integers().between(0, 1).map(copy -> new int[] {i, s, p, copy}))));
    return row.list().ofMaxSize(200);
  }
}
