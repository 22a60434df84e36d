package sctb.render.report.template;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.TemplateText;

/**
 * How report and site templates see Java values, and all they can see: records of the report model
 * ({@code sctb.render.report.model}) and of the site model ({@code sctb.render.site.model}) as hashes of their components, lists as sequences, enums as their
 * ids, strings, booleans and numbers; an empty {@link Optional} as "". Anything else is refused, so a
 * template never reaches a Java object, a method or a class. Also remembers the last name a template
 * asked a record for that it does not have, so that the error can list the names there are.
 */
public final class ViewWrapper implements ObjectWrapper {
  private static final Set<String> MODEL_PACKAGES = Set.of(ReportView.class.getPackageName(), "sctb.render.site.model");
  private UnknownName lastMiss;

  /** A name a record does not have, and the names it has. */
  public record UnknownName(String name, List<String> names) {}

  @Override
  public TemplateModel wrap(Object value) throws TemplateModelException {
    if (value == null || value instanceof TemplateModel) {
      return (TemplateModel) value;
    }
    if (value instanceof String s) {
      return new SimpleScalar(s);
    }
    if (value instanceof Boolean b) {
      return b ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
    }
    if (value instanceof Number n) {
      return new SimpleNumber(n);
    }
    if (value instanceof TemplateText text) {
      return new SimpleScalar(text.templateText());
    }
    if (value instanceof Enum<?> constant) {
      return new SimpleScalar(TemplateNames.of(constant));
    }
    if (value instanceof Optional<?> optional) {
      return optional.isPresent() ? wrap(optional.get()) : new SimpleScalar("");
    }
    if (value instanceof List<?> list) {
      return new ViewList(list, this);
    }
    if (value instanceof Record && MODEL_PACKAGES.contains(value.getClass().getPackageName())) {
      return new RecordHash(value, RecordShape.of(value.getClass()), this);
    }
    throw new TemplateModelException("not part of the report data model: " + value.getClass().getSimpleName());
  }

  void missed(String name, RecordShape shape) {
    lastMiss = new UnknownName(name, shape.names());
  }

  /** The last name asked of a record that it does not have, if it is {@code name}. */
  public Optional<UnknownName> missed(String name) {
    return lastMiss != null && lastMiss.name().equals(name) ? Optional.of(lastMiss) : Optional.empty();
  }
}
