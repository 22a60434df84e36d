package sctb.core.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Work on a thread of its own: its result, or what it threw, comes back to the caller at {@link Beside#join}. */
class BesideTest {
  @Test
  void joinGivesTheWorksResultOnceTheCallersOwnWorkIsDone() throws InterruptedException {
    CountDownLatch callerDone = new CountDownLatch(1);
    Beside<String> beside = Beside.start("sctb-test", () -> {
      try {
        callerDone.await(); // runs beside the caller: finishes only after the caller's work
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return Thread.currentThread().getName();
    });
    callerDone.countDown();
    assertThat(beside.join()).isEqualTo("sctb-test");
  }

  @Test
  void whatTheWorkThrowsIsThrownAtJoinAsItWas() {
    UncheckedIOException failure = new UncheckedIOException("disk", new java.io.IOException("disk"));
    Beside<Void> beside = Beside.start("sctb-test", () -> {
      throw failure;
    });
    assertThatThrownBy(beside::join).isSameAs(failure);
  }

  @Test
  void anErrorOfTheWorkIsNotWrapped() {
    Beside<Void> beside = Beside.start("sctb-test", () -> {
      throw new OutOfMemoryError("Java heap space");
    });
    assertThatThrownBy(beside::join).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
  }
}
