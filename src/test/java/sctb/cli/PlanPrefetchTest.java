package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sctb.io.UnreadableFileException;
import sctb.io.plan.PlanReader;

/** The plan read ahead is used only for the path the command asks for; otherwise the command reads it. */
class PlanPrefetchTest {
  private static final Map<String, String> NO_CACHE = Map.of();

  @Test
  void readsThePlanThatPlanNames(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("ke-hoach.yaml");
    Files.copy(Path.of("plan.yaml"), plan);
    PlanPrefetch ahead = PlanPrefetch.start(new String[] {"validate", "--plan", plan.toString(), "-q"}, NO_CACHE);
    PlanReader.Result result = ahead.resultFor(plan);
    assertThat(result).isNotNull();
    assertThat(result.ok()).isEqualTo(PlanReader.read(plan).ok());
    assertThat(ahead.resultFor(dir.resolve("khac.yaml"))).isNull();
  }

  @Test
  void planEqualsFormAndDefault(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("p.yaml");
    PlanPrefetch equals = PlanPrefetch.start(new String[] {"report", "--plan=" + plan, "--period", "2024H1"}, NO_CACHE);
    assertThatThrownBy(() -> equals.resultFor(plan)).isInstanceOf(UnreadableFileException.class);
    PlanPrefetch byDefault = PlanPrefetch.start(new String[] {"plan"}, NO_CACHE);
    assertThat(byDefault.resultFor(Path.of("plan.yaml"))).isNotNull();
  }

  @Test
  void nothingIsReadAheadWhenTheArgumentsCannotBeSeenOrNoPlanIsRead() throws Exception {
    Path plan = Path.of("plan.yaml");
    assertThat(PlanPrefetch.start(new String[] {"report", "@options.txt"}, NO_CACHE).resultFor(plan)).isNull();
    assertThat(PlanPrefetch.start(new String[] {"--help"}, NO_CACHE).resultFor(plan)).isNull();
    assertThat(PlanPrefetch.start(new String[] {"generate-completion"}, NO_CACHE).resultFor(plan)).isNull();
    assertThat(PlanPrefetch.start(new String[] {}, NO_CACHE).resultFor(plan)).isNull();
  }
}
