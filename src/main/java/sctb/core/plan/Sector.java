package sctb.core.plan;

import java.math.BigDecimal;
import sctb.core.text.Localized;

/**
 * A production sector named by the consumption-reduction targets, with its units of measure and how
 * many of the common unit one of its consumption units is ({@code commonUnitFactor}, e.g. 0.001 TOE
 * per kgOE; null when its consumption cannot be converted).
 */
public record Sector(
    String id, Localized name, Localized intensityUnit, Localized consumptionUnit, Localized outputUnit,
    BigDecimal commonUnitFactor) {}
