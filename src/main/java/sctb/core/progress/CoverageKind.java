package sctb.core.progress;

/** What a coverage fact measures; ids are what the JSON uses. See docs/methodology.md §6. */
public enum CoverageKind {
  /** Reduction sector: the panel's output at C / the output of every establishment reporting for C. */
  PANEL_OUTPUT_CURRENT("panel-output-current"),
  /** Reduction sector: the panel's output in B / the output of every establishment reporting for B. */
  PANEL_OUTPUT_BASELINE("panel-output-baseline"),
  /** Reduction sector: the panel's consumption at C / the consumption of every establishment reporting for C. */
  PANEL_CONSUMPTION_CURRENT("panel-consumption-current"),
  /** Multi-sector target: sectors with current data / the target's sectors. */
  SECTORS_CURRENT("sectors-current"),
  /** Task share: named tasks with a current status (done, or reported within the data age) / named tasks. */
  TASKS_CURRENT("tasks-current"),
  /** Share: Σ denominators of the rows with current data / Σ denominators of the rows used. */
  POPULATION_CURRENT("population-current"),
  /** Count: rows with current data / rows used. */
  ROWS_CURRENT("rows-current"),
  /** Share or count: agencies whose latest row used is current / agencies with a row used. */
  AGENCIES_CURRENT("agencies-current");

  private final String id;

  CoverageKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
