package sctb.render.office;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import sctb.render.report.model.ChartView;
import sctb.render.report.model.Coordinate;

/**
 * An indicator's bar chart as a PNG, drawn from the same geometry as the HTML report's SVG
 * ({@link ChartView}: 640 units wide) at {@link #SCALE} pixels a unit, with the bundled font, so the bytes
 * are the same on every machine. The legend is text in the document, not in the image. The Word and PDF
 * reports show a unit as 9000 EMU (0.71 pt): labels are {@link #LABEL_SIZE} units (10.6 pt) on one line,
 * or two when a sector's name is too long, and shrunk only if even two lines are too wide.
 */
final class ChartImage {
  static final double SCALE = 2.5;
  static final float LABEL_SIZE = 15f;
  static final float VALUE_SIZE = 13f;
  private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
  private static final Color INK = new Color(0x11, 0x11, 0x11);
  private static final Color BAR = new Color(0x1f, 0x4e, 0x79);
  private static final Color AXIS = new Color(0x55, 0x55, 0x55);
  private static final Color TARGET = new Color(0xb0, 0x00, 0x20);
  private static final Color STRETCH = new Color(0x6b, 0x2a, 0x00);

  private final Font font;

  ChartImage() {
    System.setProperty("java.awt.headless", "true");
    this.font = Fonts.regular();
  }

  byte[] png(ChartView chart) {
    int width = (int) Math.ceil(chart.width().value() * SCALE);
    int height = (int) Math.ceil(chart.height().value() * SCALE);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.scale(SCALE, SCALE);
      draw(g, chart);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private void draw(Graphics2D g, ChartView c) {
    double top = c.plotTop().value();
    double bottom = c.plotBottom().value();
    g.setColor(AXIS);
    g.setStroke(new BasicStroke(1f));
    g.draw(new Line2D.Double(c.zeroX().value(), top, c.zeroX().value(), bottom));
    double labelX = c.labelX().value();
    for (ChartView.Row row : c.rows()) {
      Label label = label(row.label(), labelX);
      g.setFont(font.deriveFont(label.size()));
      g.setColor(INK);
      double baseline = row.labelY().value() - (label.lines().size() - 1) * label.size() * 0.55;
      for (String line : label.lines()) {
        double w = font.deriveFont(label.size()).getStringBounds(line, MEASURE).getWidth();
        g.drawString(line, (float) (labelX - w), (float) baseline);
        baseline += label.size() * 1.1;
      }
      bar(g, row.value(), true);
      bar(g, row.expected(), false);
    }
    marker(g, c, c.minX(), TARGET, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
    marker(g, c, c.stretchX(), STRETCH, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {1f, 3f}, 0f));
  }

  private void bar(Graphics2D g, ChartView.Bar b, boolean solid) {
    if (!b.present()) {
      return;
    }
    Rectangle2D r = new Rectangle2D.Double(b.x().value(), b.y().value(), b.w().value(), b.h().value());
    g.setColor(solid ? BAR : Color.WHITE);
    g.fill(r);
    if (!solid) {
      g.setColor(BAR);
      g.setStroke(new BasicStroke(1.5f));
      g.draw(r);
    }
    Font value = font.deriveFont(VALUE_SIZE);
    g.setColor(b.inside() && solid ? Color.WHITE : INK);
    g.setFont(value);
    // Inside the bar the figure ends at textX, as the HTML's text-anchor: end.
    double x = b.inside() ? b.textX().value() - value.getStringBounds(b.text(), MEASURE).getWidth() : b.textX().value();
    g.drawString(b.text(), (float) x, (float) b.textY().value());
  }

  /** A row's label as drawn: its lines and their size in units. */
  record Label(List<String> lines, float size) {}

  /**
   * {@code text} in at most {@code width} units: one line at {@link #LABEL_SIZE}, else two split at the
   * space nearest the middle, else those two lines shrunk to fit (a long sector name is never cut off).
   */
  Label label(String text, double width) {
    Font full = font.deriveFont(LABEL_SIZE);
    if (full.getStringBounds(text, MEASURE).getWidth() <= width) {
      return new Label(List.of(text), LABEL_SIZE);
    }
    int middle = text.length() / 2;
    int split = -1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ' && (split < 0 || Math.abs(i - middle) < Math.abs(split - middle))) {
        split = i;
      }
    }
    List<String> lines = split < 0 ? List.of(text) : List.of(text.substring(0, split), text.substring(split + 1));
    double widest = lines.stream().mapToDouble(l -> full.getStringBounds(l, MEASURE).getWidth()).max().orElse(0);
    return new Label(lines, widest <= width ? LABEL_SIZE : (float) (LABEL_SIZE * width / widest));
  }

  private static void marker(Graphics2D g, ChartView c, Optional<Coordinate> x, Color color, BasicStroke stroke) {
    if (x.isEmpty()) {
      return;
    }
    g.setColor(color);
    g.setStroke(stroke);
    double at = x.get().value();
    g.draw(new Line2D.Double(at, c.plotTop().value(), at, c.plotBottom().value()));
  }
}
