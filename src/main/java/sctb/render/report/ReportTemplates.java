package sctb.render.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.PathGlobMatcher;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import sctb.render.report.template.ViewWrapper;

/**
 * The locked-down FreeMarker configuration for reports: the defaults in the jar under
 * {@code sctb/templates}, optionally overlaid by a department's folder that templates cannot leave;
 * HTML auto-escaped ({@code *.ftlh}), Markdown auto-escaped ({@code *.md.ftl}); no {@code ?new},
 * no {@code ?api}, no Java objects — only the report model's records (as hashes of their
 * components), lists and scalars reach a template ({@link ViewWrapper}).
 */
public final class ReportTemplates {
  /** The jar's templates alone, set up once per process as FreeMarker advises: each is parsed once. */
  private static Configuration defaults;

  private ReportTemplates() {}

  /** The configuration for the jar's templates overlaid by {@code overlay} (null: none, the shared one). */
  public static Configuration configuration(Path overlay) throws IOException {
    if (overlay != null) {
      return create(overlay);
    }
    synchronized (ReportTemplates.class) {
      if (defaults == null) {
        defaults = create(null);
      }
      return defaults;
    }
  }

  private static Configuration create(Path overlay) throws IOException {
    Configuration cfg = new TemplateLimits(Configuration.VERSION_2_3_34, overlay != null);
    cfg.setDefaultEncoding("UTF-8");
    cfg.setOutputEncoding("UTF-8");
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    // Numbers reach templates already formatted; this only keeps stray ${n} machine-readable.
    cfg.setNumberFormat("computer");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setFallbackOnNullLoopVariable(false);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setObjectWrapper(new ViewWrapper());
    cfg.setRecognizeStandardFileExtensions(true);
    cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
    TemplateConfiguration markdown = new TemplateConfiguration();
    markdown.setOutputFormat(MarkdownOutputFormat.INSTANCE);
    cfg.setTemplateConfigurations(new ConditionalTemplateConfigurationFactory(new PathGlobMatcher("**/*.md.ftl"), markdown));
    // 2.4 name rules: "../" that backs out of the templates root is an error, not silently clamped.
    cfg.setTemplateNameFormat(freemarker.cache.TemplateNameFormat.DEFAULT_2_4_0);
    cfg.setTemplateLoader(loader(overlay));
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    return cfg;
  }

  private static TemplateLoader loader(Path overlay) throws IOException {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (overlay != null) {
      // FileTemplateLoader refuses files whose canonical path leaves its base folder (symlinks
      // included); FreeMarker itself refuses names that back out of the root ("../").
      FileTemplateLoader files = new FileTemplateLoader(overlay.toFile(), false);
      files.setEmulateCaseSensitiveFileSystem(true);
      loaders.add(files);
    }
    loaders.add(new ClassTemplateLoader(ReportTemplates.class.getClassLoader(), "sctb/templates"));
    return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
  }
}
