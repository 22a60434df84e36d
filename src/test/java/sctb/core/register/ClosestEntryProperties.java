package sctb.core.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import sctb.core.diag.Location;
import sctb.core.text.Suggest;

/**
 * {@link EntityMatcher#closest} is the first entry, in the order the entries sharing a word with the
 * name come (the name's words in order, each one's entries in register order; all entries of the kind
 * when none shares one), at the smallest edit distance between bare names.
 */
class ClosestEntryProperties {

  @Property(tries = 500)
  void firstNearestAmongThoseSharingAWord(@ForAll("registers") List<String> names, @ForAll("names") String name,
      @ForAll boolean outletsOnly) {
    List<RegisterEntry> entries = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      EntityKind kind = i % 3 == 0 ? EntityKind.OUTLET : EntityKind.ESTABLISHMENT;
      entries.add(new RegisterEntry("E" + i, kind, "", names.get(i), List.of(), "", "", null, null,
          Location.at("co-so.csv", i + 2, 0)));
    }
    EntityKind kind = outletsOnly ? EntityKind.OUTLET : null;
    RegisterEntry found = new Register("co-so.csv", entries, List.of()).matcher().closest(name, kind);
    assertThat(found).isEqualTo(reference(entries, name, kind));
  }

  private static RegisterEntry reference(List<RegisterEntry> entries, String name, EntityKind kind) {
    String bare = EntityNames.bare(name);
    Set<RegisterEntry> pool = new LinkedHashSet<>();
    for (String w : bare.split("_")) {
      for (RegisterEntry e : entries) {
        if ((kind == null || e.kind() == kind) && List.of(EntityNames.bare(e.name()).split("_")).contains(w)) {
          pool.add(e);
        }
      }
    }
    if (pool.isEmpty()) {
      entries.stream().filter(e -> kind == null || e.kind() == kind).forEach(pool::add);
    }
    RegisterEntry best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (RegisterEntry e : pool) {
      int d = Suggest.distance(bare, EntityNames.bare(e.name()));
      if (d < bestDistance) {
        best = e;
        bestDistance = d;
      }
    }
    return best;
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("Công ty", "CP", "TNHH", "Giấy", "Lam", "Sơn", "Nga", "Thép", "Kinh", "Xanh", "A", "Sơn")
        .list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<List<String>> registers() {
    return names().list().ofMaxSize(12);
  }
}
