package sctb.render.office;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import sctb.render.report.model.ChartView;
import sctb.render.report.model.Coordinate;

/**
 * An indicator's bar chart as a PNG, drawn from the same geometry as the HTML report's SVG
 * ({@link ChartView}: 640 units wide) at {@link #SCALE} pixels a unit, with the bundled font, so the bytes
 * are the same on every machine. The legend is text in the document, not in the image.
 */
final class ChartImage {
  static final double SCALE = 2.5;
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
      g.setFont(font.deriveFont(12f));
      g.setColor(INK);
      String label = row.label();
      double w = g.getFontMetrics().getStringBounds(label, g).getWidth();
      if (w > labelX) {
        // A long sector name is shrunk to fit the label column rather than cut off.
        g.setFont(font.deriveFont((float) (12 * labelX / w)));
        w = g.getFontMetrics().getStringBounds(label, g).getWidth();
      }
      g.drawString(label, (float) (labelX - w), (float) row.labelY().value());
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
    g.setColor(INK);
    g.setFont(font.deriveFont(11f));
    g.drawString(b.text(), (float) b.textX().value(), (float) b.textY().value());
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
