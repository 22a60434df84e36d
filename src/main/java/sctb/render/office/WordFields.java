package sctb.render.office;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The Word fields a report part may hold: page numbers, dates, references inside the document, a
 * table of contents. Others — {@code INCLUDETEXT}, {@code INCLUDEPICTURE}, {@code LINK}, {@code DDE},
 * {@code DATABASE}… — make Word fetch files or URLs, or run programs, when the report is opened or
 * printed, so a (custom) template writing one is refused. Reads the part as SAX events: simple fields
 * ({@code w:fldSimple}) and complex ones ({@code w:fldChar} … {@code w:instrText} …), nested or split
 * over several runs.
 */
final class WordFields extends DefaultHandler {
  private static final Set<String> ALLOWED = Set.of("PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME",
      "CREATEDATE", "SAVEDATE", "PRINTDATE", "TOC", "TC", "PAGEREF", "REF", "NOTEREF", "SEQ", "STYLEREF", "NUMWORDS",
      "NUMCHARS", "TITLE", "SUBJECT", "AUTHOR");

  private final Deque<StringBuilder> open = new ArrayDeque<>();
  private boolean inInstruction;
  /** The first field refused, or null. */
  String refused;

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    switch (localName) {
      case "fldSimple" -> check(attributes.getValue(uri, "instr"));
      case "fldChar" -> {
        String type = attributes.getValue(uri, "fldCharType");
        if ("begin".equals(type)) {
          open.push(new StringBuilder());
        } else if (("separate".equals(type) || "end".equals(type)) && !open.isEmpty()) {
          StringBuilder instruction = open.peek();
          if (instruction.length() > 0) {
            check(instruction.toString());
            instruction.setLength(0);
          }
          if ("end".equals(type)) {
            open.pop();
          }
        }
      }
      case "instrText" -> inInstruction = true;
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (localName.equals("instrText")) {
      inInstruction = false;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inInstruction && !open.isEmpty() && open.peek().length() < 10_000) {
      open.peek().append(ch, start, length);
    }
  }

  @Override
  public void endDocument() {
    for (StringBuilder unclosed : open) {
      if (unclosed.length() > 0) {
        check(unclosed.toString());
      }
    }
  }

  private void check(String instruction) {
    if (instruction == null || refused != null) {
      return;
    }
    String word = instruction.strip().split("[\\s\\\\]", 2)[0].toUpperCase(Locale.ROOT);
    if (!word.isEmpty() && !ALLOWED.contains(word)) {
      refused = word;
    }
  }
}
