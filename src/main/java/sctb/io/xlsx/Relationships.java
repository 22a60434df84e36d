package sctb.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xml.sax.Attributes;

/** The relationships of one part ({@code _rels/….rels}): id → the type's last word and the target part's name. */
final class Relationships extends PartHandler {
  /** One relationship: {@code type} is the last segment of its type URI ("worksheet", "styles", "officeDocument"). */
  record Target(String type, String part) {}

  private final String source;
  final Map<String, Target> byId = new LinkedHashMap<>();

  private Relationships(String source) {
    this.source = source;
  }

  /** The relationships of part {@code source} ("" for the package itself); empty when it has none. */
  static Relationships of(XlsxPackage pkg, String source) throws IOException {
    int slash = source.lastIndexOf('/');
    String rels = (slash < 0 ? "" : source.substring(0, slash + 1)) + "_rels/" + source.substring(slash + 1) + ".rels";
    Relationships r = new Relationships(source);
    try (InputStream in = pkg.open(rels, XlsxLimits.MAX_SMALL_PART_BYTES, "zip-bomb")) {
      if (in != null) {
        r.parse(in);
      }
    }
    return r;
  }

  /** The first target of the given type, or null. */
  String first(String type) {
    return byId.values().stream().filter(t -> t.type().equals(type)).map(Target::part).findFirst().orElse(null);
  }

  @Override
  void start(String name, Attributes attributes) {
    if (!name.equals("Relationship") || "External".equals(attributes.getValue("TargetMode"))) {
      return;
    }
    if (byId.size() >= XlsxLimits.MAX_PARTS) {
      throw new Stop("too-many-parts", XlsxLimits.MAX_PARTS);
    }
    String id = attributes.getValue("Id");
    String type = attributes.getValue("Type");
    String target = attributes.getValue("Target");
    if (id != null && type != null && target != null) {
      byId.putIfAbsent(id, new Target(type.substring(type.lastIndexOf('/') + 1), XlsxPackage.resolve(source, target)));
    }
  }
}
