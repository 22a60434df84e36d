package sctb.render.report.model;

import java.util.List;

/**
 * One sector's figure for an indicator (read flat: {@code sector.value}), the unit of its intensity,
 * the establishments compared ({@code panel_size}; for a share or count the rows used), and those left
 * out: how many, and their share of the current output ("" when none of them still produces); how it
 * moved since the previous report.
 */
public record SectorView(
    String id,
    String name,
    String intensityUnit,
    FigureView figure,
    String panelSize,
    List<ExclusionView> excluded,
    String excludedCount,
    String excludedShare,
    ChangeView change) {}
