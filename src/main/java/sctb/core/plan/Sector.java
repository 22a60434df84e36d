package sctb.core.plan;

import sctb.core.text.Localized;

/** A production sector named by the consumption-reduction targets, with its units of measure. */
public record Sector(
    String id, Localized name, Localized intensityUnit, Localized consumptionUnit, Localized outputUnit) {}
