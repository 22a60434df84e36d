import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import sctb.core.period.Period;
import sctb.core.plan.Plan;
import sctb.core.progress.ProgressAccumulator;
import sctb.core.register.Register;
import sctb.core.submission.RowSink;
import sctb.io.plan.PlanReader;
import sctb.io.submission.ReadOptions;
import sctb.io.submission.ReadProgress;
import sctb.io.submission.RegisterReader;
import sctb.io.submission.SubmissionReader;

/**
 * CPU time of the ordering thread (the calling thread of SubmissionReader.stream: cross-file rules, and
 * with "report" the accumulator's per-row work), without the report's serial end: a workspace read
 * ROUNDS times, the thread's CPU printed each round (take the smallest of the later rounds).
 * Usage, from the repository (folders separated by commas): {@code java -Xmx1g -XX:+UseSerialGC -cp
 * target/sctb.jar bench/OrderingThread.java /tmp/sctb-bench/n153846-s2021/2025H2,/tmp/sctb-bench/n153846-s2021/2026H1
 * validate 14} (or {@code report})
 */
public class OrderingThread {
  public static void main(String[] args) throws Exception {
    Path planFile = Path.of("plan.yaml");
    Plan plan = PlanReader.read(planFile).plan();
    Register register = RegisterReader.forPlan(planFile, plan);
    boolean report = args[1].equals("report");
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    var threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      RowSink sink = report ? new ProgressAccumulator(plan, Period.half(2026, 1), register) : RowSink.NONE;
      long start = threads.getCurrentThreadCpuTime();
      SubmissionReader.Summary s = SubmissionReader.stream(plan, java.util.Arrays.stream(args[0].split(",")).map(Path::of).toList(),
          ReadOptions.defaults(LocalDate.of(2026, 12, 1)).withRegister(register), sink, ReadProgress.NONE);
      long took = threads.getCurrentThreadCpuTime() - start;
      System.out.printf("round %d: %d rows, ordering thread %.3f s CPU%n", round, s.acceptedRows(), took / 1e9);
    }
  }
}
