package sctb.io.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sctb.core.collect.Deadlines;
import sctb.core.plan.Agency;
import sctb.core.plan.Fraction;
import sctb.core.plan.Indicator;
import sctb.core.plan.IndicatorKind;
import sctb.core.plan.Phase;
import sctb.core.plan.Plan;
import sctb.core.plan.PlanInfo;
import sctb.core.plan.ProgressMethod;
import sctb.core.plan.ProgressSettings;
import sctb.core.plan.ReportingRule;
import sctb.core.plan.Sector;
import sctb.core.plan.Succession;
import sctb.core.plan.Target;
import sctb.core.plan.Task;
import sctb.core.plan.TaskGroup;
import sctb.core.plan.TaskOutput;
import sctb.core.plan.Workspace;
import sctb.core.register.EntityKind;
import sctb.core.plan.YearRange;
import sctb.core.text.Fold;
import sctb.core.text.SafeText;
import sctb.core.text.Language;
import sctb.core.text.Localized;

/**
 * Turns a plan tree that has passed the schema into the immutable plan model. Shapes and formats are
 * the schema's job; this class only copies values, NFC-normalising every text on the way in.
 */
final class PlanMapper {
  private PlanMapper() {}

  static Plan map(JsonNode root) {
    JsonNode plan = root.path("plan");
    return new Plan(
        info(plan),
        workspace(root.path("workspace")),
        reporting(root.path("reporting")),
        progress(root.path("progress")),
        list(root.path("sectors"), PlanMapper::sector),
        list(root.path("agencies"), PlanMapper::agency),
        list(root.path("groups"), PlanMapper::group),
        list(root.path("indicators"), PlanMapper::indicator));
  }

  private static PlanInfo info(JsonNode plan) {
    JsonNode signer = plan.path("signer");
    JsonNode decision = plan.path("implements");
    return new PlanInfo(
        text(plan, "id"),
        localized(plan.path("title")),
        localized(plan.path("short_title")),
        new PlanInfo.Issued(text(plan, "number"), plan.hasNonNull("date") ? date(plan.path("date")) : null),
        localized(plan.path("issuer")),
        new PlanInfo.Signer(text(signer, "name"), localized(signer.path("position"))),
        new PlanInfo.Decision(text(decision, "number"), date(decision.path("date")),
            localized(decision.path("issuer")), localized(decision.path("title"))),
        list(plan.path("phases"), p -> new Phase(text(p, "id"), p.path("start").asInt(), p.path("end").asInt(),
            localized(p.path("name")))));
  }

  private static Workspace workspace(JsonNode w) {
    JsonNode register = w.path("register");
    // Absent: the default register, read when it is there; null: none; a path: that one, which must exist.
    return new Workspace(
        w.path("submissions").asText("samples"),
        w.path("reports").asText("reports"),
        Language.parse(w.path("language").asText("vi")).orElse(Language.VI),
        register.isMissingNode() ? Workspace.DEFAULT_REGISTER : register.isNull() ? null : register.asText(),
        !register.isMissingNode() && !register.isNull());
  }

  private static ReportingRule reporting(JsonNode r) {
    JsonNode due = r.path("due");
    return new ReportingRule(
        text(r, "recipient"),
        r.path("reporters").asText("leads"),
        monthDay(due.path(0).asText("06-20")),
        monthDay(due.path(1).asText("12-20")),
        localized(r.path("consolidated_for")),
        localized(r.path("text")),
        r.path("resend_days").asInt(Deadlines.DEFAULT_DAYS),
        contact(r.path("contact")));
  }

  private static ReportingRule.Contact contact(JsonNode c) {
    if (!c.isObject()) {
      return ReportingRule.Contact.NONE;
    }
    return new ReportingRule.Contact(text(c, "name"), c.has("unit") ? localized(c.path("unit")) : Localized.of("", ""),
        text(c, "phone"), text(c, "email"));
  }

  private static ProgressSettings progress(JsonNode p) {
    ProgressSettings d = ProgressSettings.DEFAULT;
    JsonNode t = p.path("thresholds");
    JsonNode c = p.path("coverage");
    return new ProgressSettings(
        ProgressMethod.byId(p.path("method").asText("linear")).orElse(ProgressMethod.LINEAR),
        t.path("on_track").asDouble(d.onTrack()),
        t.path("acceleration_needed").asDouble(d.accelerationNeeded()),
        t.path("limited_progress").asDouble(d.limitedProgress()),
        p.path("outlier_factor").asDouble(d.outlierFactor()),
        new ProgressSettings.Coverage(
            fraction(c.path("min_panel_output"), d.coverage().minPanelOutput()),
            fraction(c.path("min_current"), d.coverage().minCurrent())),
        p.path("max_data_age").asInt(d.maxDataAge()),
        p.has("common_unit") ? localized(p.path("common_unit")) : d.commonUnit());
  }

  /** A share threshold written as a number (0.8) or a fraction ("2/3"); the schema has checked the shape. */
  private static Fraction fraction(JsonNode node, Fraction fallback) {
    if (node.isNumber()) {
      return Fraction.of(node.decimalValue());
    }
    if (node.isTextual()) {
      String[] parts = node.asText().split("/");
      return new Fraction(new BigDecimal(parts[0].strip()), new BigDecimal(parts[1].strip()));
    }
    return fallback;
  }

  private static Sector sector(JsonNode s) {
    return new Sector(text(s, "id"), localized(s.path("name")), localized(s.path("intensity_unit")),
        localized(s.path("consumption_unit")), localized(s.path("output_unit")), decimal(s.path("common_unit_factor")));
  }

  private static Agency agency(JsonNode a) {
    Succession succession = null;
    Map<String, String> byTask = new LinkedHashMap<>();
    a.path("successor_by_task").fields().forEachRemaining(e -> byTask.put(e.getKey(), e.getValue().asText()));
    if (a.hasNonNull("successor") || !byTask.isEmpty()) {
      JsonNode from = a.path("successor_from");
      succession = new Succession(a.hasNonNull("successor") ? text(a, "successor") : null,
          from.isNull() || from.isMissingNode() ? LocalDate.MIN : date(from), byTask);
    }
    return new Agency(text(a, "id"), localized(a.path("name")), a.path("kind").asText(""),
        list(a.path("aliases"), n -> Fold.nfc(n.asText())), succession, localized(a.path("note")));
  }

  private static TaskGroup group(JsonNode g) {
    String groupId = text(g, "id");
    YearRange period = new YearRange(g.path("period").path("from").asInt(), g.path("period").path("to").asInt()); // required
    return new TaskGroup(groupId, localized(g.path("title")), localized(g.path("content")), period,
        list(g.path("tasks"), t -> task(t, groupId, period)));
  }

  private static Task task(JsonNode t, String groupId, YearRange groupPeriod) {
    String id = text(t, "id");
    return new Task(
        id,
        groupId,
        localized(t.path("title")),
        prose(t.path("text").path("vi").asText("")),
        text(t, "lead"),
        prose(t.path("lead_text").asText("")),
        list(t.path("partners"), JsonNode::asText),
        prose(t.path("partners_text").asText("")),
        years(t.path("period"), groupPeriod),
        list(t.path("outputs"), o -> new TaskOutput(text(o, "id"), id, localized(o.path("name")),
            decimal(o.path("target")), o.path("approximate").asBoolean(false), localized(o.path("unit")),
            prose(o.path("unit_one").asText("")))));
  }

  private static Indicator indicator(JsonNode i) {
    return new Indicator(
        text(i, "id"),
        IndicatorKind.byId(i.path("kind").asText()).orElseThrow(),
        localized(i.path("name")),
        text(i, "unit"),
        localized(i.path("unit_name")),
        prose(i.path("unit_one").asText("")),
        localized(i.path("measure")),
        localized(i.path("population")),
        EntityKind.parse(i.path("register_kind").asText("")).orElse(null),
        list(i.path("tasks"), JsonNode::asText),
        list(i.path("targets"), PlanMapper::target),
        i.hasNonNull("retired_from") ? date(i.path("retired_from")) : null);
  }

  private static Target target(JsonNode t) {
    return new Target(
        text(t, "phase"),
        t.path("year").asInt(),
        t.path("baseline").asInt(),
        decimal(t.path("min")),
        decimal(t.path("stretch")),
        decimal(t.path("baseline_value")),
        list(t.path("sectors"), JsonNode::asText),
        localized(t.path("text")),
        localized(t.path("note")));
  }

  private static YearRange years(JsonNode node, YearRange fallback) {
    if (!node.isObject()) {
      return fallback;
    }
    return new YearRange(node.path("from").asInt(fallback.from()), node.path("to").asInt(fallback.to()));
  }

  private static <T> List<T> list(JsonNode array, java.util.function.Function<JsonNode, T> each) {
    List<T> out = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(n -> out.add(each.apply(n)));
    }
    return out;
  }

  private static Localized localized(JsonNode node) {
    if (node.isTextual()) {
      return Localized.of(prose(node.asText()), "");
    }
    return Localized.of(prose(node.path("vi").asText("")), prose(node.path("en").asText("")));
  }

  /** Text that reports show: NFC, control characters escaped ({@link SafeText#text}). */
  private static String prose(String text) {
    return SafeText.text(Fold.nfc(text));
  }

  private static String text(JsonNode node, String field) {
    return Fold.nfc(node.path(field).asText(""));
  }

  private static BigDecimal decimal(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : null;
  }

  private static LocalDate date(JsonNode node) {
    return LocalDate.parse(node.asText());
  }

  private static MonthDay monthDay(String mmdd) {
    return MonthDay.parse("--" + mmdd);
  }
}
