package sctb.core.validate;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import sctb.core.plan.Agency;
import sctb.core.plan.Plan;
import sctb.core.plan.Succession;

/**
 * The agency a file's name says it is from ({@code SXD-nhiem-vu.csv}, {@code So Tai chinh - …}) and
 * whether a row's agency fits that name: the same agency, or one of the 2025 reorganisation's line
 * (a successor's file holding its predecessor's rows, or the other way round), whatever the spelling.
 */
public final class FileAgency {
  private FileAgency() {}

  /** Words an agency's name takes at most ("Ngân hàng Nhà nước chi nhánh Thanh Hóa"…). */
  private static final int NAME_WORDS = 16;

  /** The agency the file's name begins with: the longest run of its first words that names one. */
  public static Optional<String> named(String file, Lookup lookup) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String[] words = (dot > 0 ? name.substring(0, dot) : name).split("[-_ .]+");
    for (int n = Math.min(words.length, NAME_WORDS); n > 0; n--) {
      Optional<String> id = lookup.agency(String.join(" ", Arrays.copyOf(words, n)));
      if (id.isPresent()) {
        return id;
      }
    }
    return Optional.empty();
  }

  /** True when rows of {@code rowAgency} belong in a file named for {@code named}: the same agency or one succeeding the other. */
  public static boolean fits(Plan plan, String named, String rowAgency) {
    return named.equals(rowAgency) || succeeds(plan, named).contains(rowAgency)
        || succeeds(plan, rowAgency).contains(named);
  }

  /** Every agency that took over any of {@code agencyId}'s duties, at any date, for any task. */
  private static Set<String> succeeds(Plan plan, String agencyId) {
    Set<String> found = new HashSet<>();
    Deque<String> next = new ArrayDeque<>();
    next.add(agencyId);
    while (!next.isEmpty()) {
      Optional<Agency> a = plan.agency(next.poll());
      if (a.isEmpty() || !a.get().hasSuccessor()) {
        continue;
      }
      Succession s = a.get().succession();
      for (String successor : concat(s.successor(), s.byTask().values())) {
        if (found.add(successor)) {
          next.add(successor);
        }
      }
    }
    return found;
  }

  private static Set<String> concat(String one, java.util.Collection<String> more) {
    Set<String> all = new HashSet<>(more);
    all.add(one);
    return all;
  }
}
