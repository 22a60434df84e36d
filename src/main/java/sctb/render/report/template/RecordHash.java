package sctb.render.report.template;

import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * A record of the report model as a template sees it: a hash of its component names, nothing else (no
 * methods, no class). Each value is read and wrapped once, however often the template reads it.
 */
final class RecordHash implements TemplateHashModel {
  private final Object record;
  private final RecordShape shape;
  private final ViewWrapper wrapper;
  private TemplateModel[] values;

  RecordHash(Object record, RecordShape shape, ViewWrapper wrapper) {
    this.record = record;
    this.shape = shape;
    this.wrapper = wrapper;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    int index = shape.index(key);
    if (index < 0) {
      wrapper.missed(key, shape);
      return null;
    }
    if (values == null) {
      values = new TemplateModel[shape.size()];
    }
    TemplateModel value = values[index];
    if (value == null) {
      value = wrapper.wrap(shape.read(record, index));
      values[index] = value;
    }
    return value;
  }

  @Override
  public boolean isEmpty() {
    return shape.names().isEmpty();
  }
}
