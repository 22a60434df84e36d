package sctb.render.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sctb.cli.CliRun;
import sctb.core.plan.Plan;
import sctb.core.plan.Sector;
import sctb.io.plan.PlanReader;

/** The Word and PDF charts' labels stay legible: every sector of the plan, in both languages, at 10 pt or more. */
class ChartLabelTest {
  /** A chart unit in the documents: 9000 EMU, 12700 EMU a point. */
  private static final double POINTS_PER_UNIT = 9000.0 / 12700.0;
  /** The label column of the charts (ChartView.labelX). */
  private static final double LABEL_WIDTH = 162;

  @Test
  void everySectorNameIsDrawnAtTenPointsOrMoreOnAtMostTwoLines() throws Exception {
    Plan plan = PlanReader.read(CliRun.PLAN).plan();
    ChartImage charts = new ChartImage();
    for (Sector s : plan.sectors()) {
      for (String name : new String[] {s.name().vi(), s.name().en()}) {
        ChartImage.Label label = charts.label(name, LABEL_WIDTH);
        assertThat(label.size() * POINTS_PER_UNIT).as(name).isGreaterThanOrEqualTo(10.0);
        assertThat(label.lines()).as(name).hasSizeLessThanOrEqualTo(2);
        assertThat(String.join(" ", label.lines())).isEqualTo(name);
      }
    }
    assertThat(ChartImage.VALUE_SIZE * POINTS_PER_UNIT).as("figures by the bars").isGreaterThanOrEqualTo(9.0);
  }

  @Test
  void aNameTooLongForOneLineGoesOnTwoBeforeItShrinks() {
    ChartImage.Label label = new ChartImage().label("Chế biến thủy hải sản và các sản phẩm từ thủy sản", LABEL_WIDTH);
    assertThat(label.lines()).hasSize(2);
    assertThat(label.size()).isEqualTo(ChartImage.LABEL_SIZE);
  }
}
