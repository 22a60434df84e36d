import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import sctb.core.plan.Plan;
import sctb.core.register.EntityMatcher;
import sctb.io.plan.PlanReader;
import sctb.io.submission.RegisterReader;

/**
 * CPU time of matching entity names against the register, without the reader: the names of the
 * indicator files of one folder (a period of a workspace made by bench/Generate.java) matched 30
 * times over with the register plan.yaml names, the thread's CPU time per match printed for the last
 * 20 rounds (take the smallest: the machine's other load only adds). Usage, from the repository:
 * {@code java -cp target/sctb.jar bench/EntityMatch.java /tmp/sctb-bench/n153846-s2021/2026H1}
 */
public class EntityMatch {
  public static void main(String[] args) throws Exception {
    Path planFile = Path.of("plan.yaml");
    Plan plan = PlanReader.read(planFile).plan();
    EntityMatcher matcher = RegisterReader.forPlan(planFile, plan).matcher();
    List<String> names = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith("chi-so.csv")).sorted().toList()) {
        for (String line : Files.readAllLines(f)) {
          String[] cells = line.split(",");
          if (cells.length > 4 && !cells[4].equals("entity")) {
            names.add(Normalizer.normalize(cells[4], Normalizer.Form.NFC));
          }
        }
      }
    }
    var threads = ManagementFactory.getThreadMXBean();
    long keys = 0;
    for (int round = 0; round < 30; round++) {
      long start = threads.getCurrentThreadCpuTime();
      for (String name : names) {
        keys += matcher.match("", name, null).key().length();
      }
      long took = threads.getCurrentThreadCpuTime() - start;
      if (round >= 10) {
        System.out.printf("%d names: %.1f ns of CPU a match (%d)%n", names.size(), took / (double) names.size(), keys);
      }
    }
  }
}
