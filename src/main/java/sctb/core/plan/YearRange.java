package sctb.core.plan;

/** Inclusive years, e.g. 2021–2030. */
public record YearRange(int from, int to) {

  public boolean contains(int year) {
    return from <= year && year <= to;
  }
}
