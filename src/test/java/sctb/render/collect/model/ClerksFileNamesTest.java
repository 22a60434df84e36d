package sctb.render.collect.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file a problem names besides its own, as the agency's clerk knows it: not by the officer's folders. */
class ClerksFileNamesTest {
  @Test
  void aFileOfTheSameFolderIsNamedAloneOneOfAnotherPeriodWithItsFolder() {
    assertThat(CollectViews.asTheClerkKnowsIt("ws/2026H2/STC-nhiem-vu - Copy.csv", "ws/2026H2/STC-nhiem-vu.csv"))
        .isEqualTo("STC-nhiem-vu - Copy.csv");
    assertThat(CollectViews.asTheClerkKnowsIt("ws/2026H1/VCCI-nhiem-vu.csv", "ws/2026H2/VCCI-nhiem-vu.csv"))
        .isEqualTo("2026H1/VCCI-nhiem-vu.csv");
    assertThat(CollectViews.asTheClerkKnowsIt("tasks", "ws/2026H2/STC-nhiem-vu.csv")).isEqualTo("tasks");
    assertThat(CollectViews.asTheClerkKnowsIt("2", "ws/2026H2/STC-nhiem-vu.csv")).isEqualTo("2");
    assertThat(CollectViews.asTheClerkKnowsIt("SXD.xlsx", "SXD.csv")).isEqualTo("SXD.xlsx");
  }
}
