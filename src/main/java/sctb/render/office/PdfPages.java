package sctb.render.office;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import sctb.render.report.ReportRenderer;
import sctb.render.report.TemplateProblem;

/**
 * A PDF of any document model: an XHTML template with CSS paged media rendered by openhtmltopdf with
 * the bundled Tinos font embedded. The template may load nothing but the images given
 * ({@code sctb:chart-N.png}). The bytes depend only on the inputs: the document's date as its dates (none
 * without one, as in the Word file) and a document id derived from the content.
 */
final class PdfPages {
  private PdfPages() {}

  /** {@code images}: by their {@code sctb:} address; {@code dated}: the document's date, or null. */
  static byte[] write(ReportRenderer renderer, Record view, String template, Map<String, byte[]> images, LocalDate dated)
      throws TemplateProblem {
    String html = renderer.render(template, view);
    quietLogging();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useUnicodeLineBreaker(new NumberKeepingLineBreaks());
    builder.withHtmlContent(PdfGlyphs.readable(XmlText.clean(html)), "sctb:report");
    for (int k = 0; k < Fonts.FILES.length; k++) {
      byte[] face = Fonts.withoutSubstitutions(Fonts.FILES[k]);
      builder.useFont(() -> new ByteArrayInputStream(face), Fonts.FAMILY, k % 2 == 1 ? 700 : 400, k >= 2 ? FontStyle.ITALIC : FontStyle.NORMAL, true);
    }
    // Only the charts: a department's template cannot make sctb read local files or the network.
    builder.useProtocolsStreamImplementation(uri -> stream(images.get(uri)), "sctb");
    builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("sctb:"),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    builder.withProducer("sctb");
    List<String> problems = new ArrayList<>();
    builder.withDiagnosticConsumer(d -> {
      if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add(d.getFormattedMessage());
      }
    });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfBoxRenderer pdf = builder.buildPdfRenderer()) {
      pdf.layout();
      try (PDDocument doc = pdf.createPDFKeepOpen()) {
        stamp(doc, dated, html);
        doc.save(out);
      }
    } catch (IOException | RuntimeException e) {
      throw new TemplateProblem(template, 0, "PDF: " + firstLine(e), e);
    }
    if (!problems.isEmpty()) {
      throw new TemplateProblem(template, 0, "PDF: " + problems.get(0), null);
    }
    return out.toByteArray();
  }

  /**
   * Fixed metadata: the dates are the document's date, or absent without one (a made-up date would show in the
   * file's properties as when it was created); the id a hash of the page source.
   */
  private static void stamp(PDDocument doc, LocalDate signed, String html) {
    PDDocumentInformation info = doc.getDocumentInformation();
    Calendar when = null;
    if (signed != null) {
      when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      when.clear();
      when.set(signed.getYear(), signed.getMonthValue() - 1, signed.getDayOfMonth());
    }
    info.setCreationDate(when);
    info.setModificationDate(when);
    info.setProducer("sctb");
    info.setCreator("sctb");
    byte[] id = sha(html);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    // PDFBox writes this /ID (it would otherwise derive one from the clock).
    doc.getDocument().setDocumentID(ids);
  }

  private static byte[] sha(String s) {
    try {
      byte[] full = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.Arrays.copyOf(full, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static FSStream stream(byte[] bytes) {
    return new FSStream() {
      @Override
      public InputStream getStream() {
        return bytes == null ? null : new ByteArrayInputStream(bytes);
      }

      @Override
      public Reader getReader() {
        return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
      }
    };
  }

  /**
   * openhtmltopdf and PDFBox log through java.util.logging to stderr; users see sctb's sentences only,
   * and openhtmltopdf's problems still reach us through the diagnostic consumer.
   */
  private static void quietLogging() {
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    LOGGERS.forEach(l -> l.setLevel(Level.OFF));
  }

  /** Held so the settings are not lost when java.util.logging drops unreferenced loggers. */
  private static final List<Logger> LOGGERS = List.of(Logger.getLogger("com.openhtmltopdf"), Logger.getLogger("org.apache.pdfbox"),
      Logger.getLogger("org.apache.fontbox"));

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
