package sctb.core.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import sctb.core.diag.Location;

/**
 * A sector's panel in compact arrays (per establishment: name, B's and C's consumption and output,
 * B's one or two rows and C's row as packed locations); a {@link PanelEntity} is made when read.
 */
final class PanelList extends CompactList<PanelEntity> {
  private final String[] names;
  private final Decimals consumptionBaseline;
  private final Decimals outputBaseline;
  private final Decimals consumptionCurrent;
  private final Decimals outputCurrent;
  /** Two per establishment, sorted; the second {@link LocationTable#NONE} when B is one row. */
  private final long[] baselineAt;
  private final long[] currentAt;
  private final LocationTable places;
  private int size;

  PanelList(int capacity, LocationTable places) {
    names = new String[capacity];
    consumptionBaseline = new Decimals(capacity);
    outputBaseline = new Decimals(capacity);
    consumptionCurrent = new Decimals(capacity);
    outputCurrent = new Decimals(capacity);
    baselineAt = new long[2 * capacity];
    currentAt = new long[capacity];
    this.places = places;
  }

  /**
   * While the panel is built, before it is published: the next establishment in panel order, with
   * B's rows sorted ({@code baselineAt2} {@link LocationTable#NONE} when B is one row).
   */
  void add(String name, BigDecimal consumptionB, BigDecimal outputB, long baselineAt1, long baselineAt2,
      BigDecimal consumptionC, BigDecimal outputC, long atC) {
    int i = size++;
    names[i] = name;
    consumptionBaseline.set(i, consumptionB);
    outputBaseline.set(i, outputB);
    consumptionCurrent.set(i, consumptionC);
    outputCurrent.set(i, outputC);
    baselineAt[2 * i] = baselineAt1;
    baselineAt[2 * i + 1] = baselineAt2;
    currentAt[i] = atC;
  }

  @Override
  public PanelEntity get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    List<Location> baseline = new ArrayList<>(2);
    baseline.add(places.unpack(baselineAt[2 * index]));
    if (baselineAt[2 * index + 1] != LocationTable.NONE) {
      baseline.add(places.unpack(baselineAt[2 * index + 1]));
    }
    return new PanelEntity(names[index],
        new Measure(consumptionBaseline.get(index), outputBaseline.get(index), baseline),
        new Measure(consumptionCurrent.get(index), outputCurrent.get(index), List.of(places.unpack(currentAt[index]))));
  }

  @Override
  public int size() {
    return size;
  }

  /** Every row behind the panel (B's and C's), sorted and without repeats. */
  LocationList sources() {
    long[] all = new long[3 * size];
    System.arraycopy(baselineAt, 0, all, 0, 2 * size);
    System.arraycopy(currentAt, 0, all, 2 * size, size);
    return new LocationList(places.sortedDistinct(all, all.length), places);
  }
}
