package sctb.render.report;

import freemarker.template.Template;
import java.io.IOException;

/** A top-level template loaded ahead of time: the template, or what loading it threw, thrown again as it was when it is used. */
sealed interface LoadedTemplate permits LoadedTemplate.Ready, LoadedTemplate.Failed {

  Template template() throws IOException;

  /** Loaded. */
  record Ready(Template template) implements LoadedTemplate {}

  /** Loading failed with an {@link IOException} or a {@link RuntimeException}. */
  record Failed(Exception failure) implements LoadedTemplate {
    public Failed {
      if (!(failure instanceof IOException || failure instanceof RuntimeException)) {
        throw new IllegalArgumentException("not a template loading failure: " + failure);
      }
    }

    @Override
    public Template template() throws IOException {
      if (failure instanceof IOException io) {
        throw io;
      }
      throw (RuntimeException) failure;
    }
  }
}
