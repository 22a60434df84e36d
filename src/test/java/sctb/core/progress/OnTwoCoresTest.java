package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** Pieces of work on the caller's thread and one beside it: results in the pieces' order, each piece done once. */
class OnTwoCoresTest {
  @Test
  void resultsComeInThePiecesOrderWhicheverThreadDidThem() {
    long[] sizes = {3, 90, 0, 41, 41, 7, 1000, 2};
    Set<Integer> done = ConcurrentHashMap.newKeySet();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    var results = OnTwoCores.each("sctb-test", sizes, i -> {
      assertThat(done.add(i)).isTrue();
      threads.add(Thread.currentThread().getName());
      return "piece " + i + " of size " + sizes[i];
    });
    assertThat(results).containsExactly("piece 0 of size 3", "piece 1 of size 90", "piece 2 of size 0",
        "piece 3 of size 41", "piece 4 of size 41", "piece 5 of size 7", "piece 6 of size 1000", "piece 7 of size 2");
    assertThat(done).hasSize(sizes.length);
    assertThat(threads).isSubsetOf(Thread.currentThread().getName(), "sctb-test");
  }

  @Test
  void noPiecesNoResults() {
    assertThat(OnTwoCores.each("sctb-test", new long[0], i -> i)).isEmpty();
  }

  @Test
  void whatAPieceThrowsReachesTheCaller() {
    long[] sizes = {1, 2, 3, 4};
    assertThatThrownBy(() -> OnTwoCores.each("sctb-test", sizes, i -> {
      if (i == 2) {
        throw new IllegalStateException("piece 2");
      }
      return i;
    })).isInstanceOf(IllegalStateException.class).hasMessage("piece 2");
  }
}
