package sctb.core.progress;

/**
 * A final verdict that corrections have changed since it was published (docs/methodology.md §7): the
 * figure of a target whose year is over, one of its sectors ({@code sector}; null: the figure itself),
 * as the report at the end of that year published it — its value ({@code restatement.published()},
 * null when sctb cannot recompute it) and verdict ({@code published}, null then) — and the corrections
 * sent after that report was due that replaced rows it rests on.
 */
public record FinalRevision(String sector, Restatement restatement, Verdict published) {}
