package sctb.render.report.template;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/** A record of the report model as a template sees it: a hash of its component names, nothing else (no methods, no class). */
final class RecordHash implements TemplateHashModel {
  private final Object record;
  private final RecordShape shape;
  private final ViewWrapper wrapper;

  RecordHash(Object record, RecordShape shape, ViewWrapper wrapper) {
    this.record = record;
    this.shape = shape;
    this.wrapper = wrapper;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    if (!shape.has(key)) {
      wrapper.missed(key, shape);
      return null;
    }
    return wrapper.wrap(shape.read(record, key));
  }

  @Override
  public boolean isEmpty() {
    return shape.names().isEmpty();
  }
}
