package sctb.core.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Counting a diagnostic that {@link CappedDiagnostics#keeps} says is not kept gives what adding it gives. */
class CappedDiagnosticsTest {

  @Property(tries = 1000)
  void countingWhatIsNotKeptIsAddingIt(@ForAll("diagnostics") List<Diagnostic> arriving, @ForAll @IntRange(max = 4) int cap) {
    CappedDiagnostics added = new CappedDiagnostics(cap);
    CappedDiagnostics counted = new CappedDiagnostics(cap);
    for (Diagnostic d : arriving) {
      added.add(d);
      if (counted.keeps(d.code(), d.location())) {
        counted.add(d);
      } else {
        counted.count(d.location().file(), d.code());
      }
    }
    assertThat(counted.sorted()).isEqualTo(added.sorted());
  }

  @Property(tries = 300)
  void rowsInLineOrderStopBeingKeptAtTheCap(@ForAll @IntRange(min = 1, max = 5) int cap) {
    CappedDiagnostics found = new CappedDiagnostics(cap);
    int kept = 0;
    for (int line = 2; line < 20; line++) {
      Location at = Location.cell("a.csv", line, 3, "entity");
      if (found.keeps(Code.UNMATCHED_ENTITY, at)) {
        kept++;
        found.add(Diagnostic.of(Code.UNMATCHED_ENTITY, at, "x", "none", "", ""));
      } else {
        found.count("a.csv", Code.UNMATCHED_ENTITY);
      }
    }
    assertThat(kept).isEqualTo(cap);
    assertThat(found.sorted()).filteredOn(d -> d.code() == Code.TOO_MANY).singleElement()
        .extracting(Diagnostic::args).isEqualTo(List.of(Integer.toString(18 - cap), Integer.toString(cap)));
  }

  @Provide
  Arbitrary<List<Diagnostic>> diagnostics() {
    Arbitrary<Diagnostic> one = Combinators.combine(
            Arbitraries.of("a.csv", "b.csv"), Arbitraries.integers().between(1, 6), Arbitraries.integers().between(0, 3),
            Arbitraries.of(Code.UNMATCHED_ENTITY, Code.AMBIGUOUS_NUMBER, Code.CLOSED_ENTITY), Arbitraries.of("x", "y", ""))
        .as((file, line, column, code, value) -> Diagnostic.of(code, Location.cell(file, line, column, null), value));
    return one.list().ofMaxSize(40);
  }

  @Property(tries = 2000)
  void comparingPartsIsComparingPlaces(@ForAll("places") Location a, @ForAll("places") Location b) {
    java.util.Comparator<Location> plainly = java.util.Comparator.comparing((Location at) -> at.file() == null ? "" : at.file())
        .thenComparingInt(Location::line).thenComparingInt(Location::column);
    assertThat(Integer.signum(Diagnostics.comparePlace(a.file(), a.line(), a.column(), b)))
        .isEqualTo(Integer.signum(plainly.compare(a, b)));
    assertThat(Integer.signum(Diagnostics.PLACE.compare(a, b))).isEqualTo(Integer.signum(plainly.compare(a, b)));
  }

  @Provide
  Arbitrary<Location> places() {
    return Combinators.combine(Arbitraries.of("a.csv", "b.csv", "", "2024H1/SCT-chi-số.csv"),
        Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 4))
        .as((file, line, column) -> Location.cell(file.isEmpty() ? null : file, line, column, "entity"));
  }
}
