package sctb.core.plan;

import sctb.core.text.Localized;

/** A phase of the plan, inclusive years: 2021–2025, 2026–2030. */
public record Phase(String id, int start, int end, Localized name) {}
