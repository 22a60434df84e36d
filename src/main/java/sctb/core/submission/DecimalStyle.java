package sctb.core.submission;

/**
 * How a file writes decimals: with a comma ({@code 1.234,5}) or a point ({@code 1,234.5}).
 * {@code certain} is false when the file's numbers gave no evidence and the style is a default
 * (then an ambiguous value such as {@code 1.234} is reported).
 */
public record DecimalStyle(boolean comma, boolean certain) {
  public static final DecimalStyle COMMA = new DecimalStyle(true, true);
  public static final DecimalStyle POINT = new DecimalStyle(false, true);

  public char separator() {
    return comma ? ',' : '.';
  }

  /**
   * Decides from the evidence counted in a file: the side with more unambiguous numbers wins; with
   * none (or a tie), the default follows the delimiter: Excel in a Vietnamese locale writes
   * {@code ;} lists with decimal commas, a {@code ,} list cannot use them unquoted.
   */
  public static DecimalStyle decide(int commaEvidence, int pointEvidence, char delimiter) {
    if (commaEvidence > pointEvidence) {
      return COMMA;
    }
    if (pointEvidence > commaEvidence) {
      return POINT;
    }
    return new DecimalStyle(delimiter == ';', false);
  }

  /** The evidence of one file's numbers, counted until the side that wins can no longer change. */
  public static final class Evidence {
    private int comma;
    private int point;

    /** One number's evidence: {@code ','} or {@code '.'}. */
    public void add(char separator) {
      if (separator == ',') {
        comma++;
      } else {
        point++;
      }
    }

    /** True when {@code remaining} more numbers cannot change what {@link #style} says (a lead larger than them). */
    public boolean settled(long remaining) {
      return Math.abs((long) comma - point) > remaining;
    }

    /** {@link DecimalStyle#decide} of what was counted. */
    public DecimalStyle style(char delimiter) {
      return decide(comma, point, delimiter);
    }
  }
}
