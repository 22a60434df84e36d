package sctb.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sctb.cli.CliRun;
import sctb.core.plan.Plan;
import sctb.io.plan.PlanReader;

/** An indicator found by its id alone is the one found by folding any of its spellings. */
class LookupTest {
  @Test
  void theIndicatorWithAnIdIsTheOneItsSpellingsName() throws Exception {
    Plan plan = PlanReader.read(CliRun.PLAN).plan();
    Lookup lookup = new Lookup(plan);
    List<String> spellings = new ArrayList<>(lookup.indicatorSpellings());
    plan.indicators().forEach(i -> spellings.addAll(List.of(i.id(), i.name().en(), i.id().toUpperCase())));
    plan.outputs().values().forEach(o -> spellings.add(o.name().en()));
    int found = 0;
    for (String spelling : spellings) {
      Lookup.IndicatorRef ref = lookup.indicator(spelling).orElse(null);
      if (ref != null) {
        assertThat(lookup.indicatorWithId(ref.id())).as(spelling).isSameAs(ref);
        found++;
      }
    }
    assertThat(found).isGreaterThan(plan.indicators().size());
    assertThat(lookup.indicatorWithId("no-such-indicator")).isNull();
  }
}
