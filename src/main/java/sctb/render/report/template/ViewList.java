package sctb.render.report.template;

import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateSequenceModel;
import java.util.List;

/** A list of the report model as a template sees it: a sequence whose items are wrapped when read. */
final class ViewList implements TemplateSequenceModel {
  private final List<?> items;
  private final ViewWrapper wrapper;

  ViewList(List<?> items, ViewWrapper wrapper) {
    this.items = items;
    this.wrapper = wrapper;
  }

  @Override
  public TemplateModel get(int index) throws TemplateModelException {
    return index < 0 || index >= items.size() ? null : wrapper.wrap(items.get(index));
  }

  @Override
  public int size() {
    return items.size();
  }
}
