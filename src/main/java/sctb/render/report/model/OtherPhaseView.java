package sctb.render.report.model;

import java.util.List;
import java.util.Optional;
import sctb.core.progress.Verdict;

/**
 * The final verdict on the indicator's target of the other phase once that target's year is over (the
 * 2025 target in a report of the 2026–2030 phase): whether there is one ({@code shown}; the rest "",
 * false or empty otherwise), its year and range with the unit ({@code 85%}, {@code 5 - 8%}), its figure
 * judged on the data up to the end of that year, read flat as an indicator's ({@code value}, {@code as_of},
 * {@code status}, {@code achieved_late}…), and for a target set for each sector, how many sectors met the
 * minimum, how many are in each verdict, and those that missed it but reached it later ({@code sectors_late}).
 * When corrections, or rows first sent, after the report at the end of that year was due ({@code published_due})
 * changed it, {@code revisions}: the figure (sector "") and each sector, as published and now.
 */
public record OtherPhaseView(
    boolean shown,
    String targetYear,
    String target,
    FigureView figure,
    String sectorsMeetingMin,
    String sectorsTotal,
    List<SectorVerdictView> sectorVerdicts,
    List<LateSector> sectorsLate,
    String publishedDue,
    List<Revision> revisions) {

  static final OtherPhaseView NONE = new OtherPhaseView(false, "", "", new FigureView("", false, "", "", "", "", "", false, false,
      Verdict.NO_DATA, Optional.empty(), false, false, "", "", "", "", Optional.empty(), "", "", Optional.empty(), List.of()),
      "", "", List.of(), List.of(), "", List.of());

  public OtherPhaseView {
    sectorVerdicts = List.copyOf(sectorVerdicts);
    sectorsLate = List.copyOf(sectorsLate);
    revisions = List.copyOf(revisions);
  }

  /** A sector that missed the target in its year and reached it later: its name and the first period reaching it. */
  public record LateSector(String sector, String period) {}

  /**
   * A figure changed since the final verdict was published: the sector's name ("" for the figure itself),
   * its value and verdict id as published ("" when unknown; a reduction's overall value is not recomputed)
   * and now; whether corrections changed it ({@code corrected}) and the agencies whose rows it rests on
   * came for the first time after that report was due ({@code lateFrom}, each with the day it sent them).
   */
  public record Revision(String sector, String published, String publishedStatus, String now, String nowStatus,
      boolean corrected, List<LateFrom> lateFrom) {
    public Revision {
      lateFrom = List.copyOf(lateFrom);
    }
  }

  /** An agency that first sent rows a final verdict rests on after the report was due: its name and the day ("" undated). */
  public record LateFrom(String agency, String sentOn) {}
}
