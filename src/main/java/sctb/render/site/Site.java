package sctb.render.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import sctb.core.plan.Agency;
import sctb.core.plan.Indicator;
import sctb.core.plan.Task;
import sctb.core.progress.IndicatorReports;
import sctb.core.progress.ProgressHistory;
import sctb.core.progress.ReportingHistory;
import sctb.core.text.Language;
import sctb.io.AtomicFiles;
import sctb.render.DocumentKind;
import sctb.render.OutputFormat;
import sctb.render.report.ReportJson;
import sctb.render.report.ReportRenderer;
import sctb.render.report.ReportTemplates;
import sctb.render.report.TemplateProblem;
import sctb.render.report.model.ReportView;
import sctb.render.report.model.ReportViews;

/**
 * The progress site as files, paths relative to its folder: in Vietnamese and in English, the home
 * page, the page of all statuses, a page per indicator, agency and task (templates {@code site/*.ftlh}),
 * each period's consolidated report (HTML in both languages from {@code report.html.ftlh}, and its JSON),
 * the data files and the stylesheet — all from the engine's {@link ProgressHistory}, nothing computed
 * again. Pages are rendered side by side; the result is the same on any machine.
 */
public final class Site {
  static final List<Language> LANGUAGES = List.of(Language.VI, Language.EN);

  /** Every template a site renders or imports (parsed ahead by the command line's warm-up). */
  public static final List<String> TEMPLATES = List.of("site/home.ftlh", "site/statuses.ftlh", "site/indicator.ftlh", "site/agency.ftlh",
      "site/task.ftlh", "site/style.css.ftl", "site/layout.ftlh", "site/lang/vi.ftl", "site/lang/en.ftl", "lang/vi.ftl", "lang/en.ftl",
      "common.ftl", "macros.html.ftlh", OutputFormat.HTML.template(DocumentKind.REPORT));

  private Site() {}

  /** The renderer of a site: the jar's templates (parsed once per process) overlaid by a department's folder, when given. */
  public static ReportRenderer renderer(Path templatesOverlay) throws IOException {
    return new ReportRenderer(ReportTemplates.configuration(templatesOverlay));
  }

  /**
   * Every file of the site; {@code indicatorReports}: who sent data for which indicator
   * ({@link IndicatorReports#byAgency}). A template that fails stops everything with its problem (the
   * first in path order when several fail).
   */
  public static SortedMap<String, AtomicFiles.Body> build(ProgressHistory history, Map<String, List<IndicatorReports>> indicatorReports,
      ReportRenderer renderer) throws TemplateProblem {
    Map<Language, List<ReportView>> views = new EnumMap<>(Language.class);
    for (Language lang : LANGUAGES) {
      views.put(lang, history.reports().parallelStream().map(r -> ReportViews.of(r, lang, null)).toList());
    }
    SiteSource source = new SiteSource(history, views, ReportingHistory.of(history), indicatorReports,
        new SiteFiles(history.latest().plan()));
    SiteFiles files = source.files();
    List<Job> jobs = new ArrayList<>();
    for (Language lang : LANGUAGES) {
      PageParts parts = new PageParts(source, lang);
      jobs.add(page(renderer, files.home(lang), "site/home.ftlh", () -> HomePages.of(parts)));
      jobs.add(page(renderer, files.statuses(lang), "site/statuses.ftlh", () -> StatusPages.of(parts)));
      for (Indicator i : source.plan().indicators().stream().filter(i -> source.tracked(i.id())).toList()) {
        jobs.add(page(renderer, files.indicator(lang, i.id()), "site/indicator.ftlh", () -> IndicatorPages.of(parts, i)));
        jobs.add(new Job(files.indicatorCsv(lang, i.id()), () -> SiteDownloads.indicatorCsv(source, i, lang)));
      }
      for (Agency a : source.plan().agencies()) {
        jobs.add(page(renderer, files.agency(lang, a.id()), "site/agency.ftlh", () -> AgencyPages.of(parts, a)));
      }
      for (Task t : source.plan().tasks().toList()) {
        jobs.add(page(renderer, files.task(lang, t.id()), "site/task.ftlh", () -> TaskPages.of(parts, t)));
      }
      for (int i = 0; i < source.periods().size(); i++) {
        ReportView view = source.view(lang, i);
        jobs.add(page(renderer, files.report(lang, source.periods().get(i)), OutputFormat.HTML.template(DocumentKind.REPORT), () -> view));
      }
      jobs.add(new Job(files.tasksCsv(lang), () -> SiteDownloads.tasksCsv(source, lang)));
      jobs.add(new Job(files.reportingCsv(lang), () -> SiteDownloads.reportingCsv(source, lang)));
    }
    jobs.add(page(renderer, SiteFiles.CSS, "site/style.css.ftl", () -> HomePages.of(new PageParts(source, Language.VI))));
    for (Indicator i : source.plan().indicators().stream().filter(i -> source.tracked(i.id())).toList()) {
      jobs.add(new Job(files.indicatorJson(i.id()), () -> SiteDownloads.indicatorJson(source, i).getBytes(StandardCharsets.UTF_8)));
    }
    SortedMap<String, AtomicFiles.Body> out = new TreeMap<>();
    for (int i = 0; i < history.periods().size(); i++) {
      var report = history.reports().get(i);
      out.put(files.reportJson(history.periods().get(i)), stream -> ReportJson.write(report, stream));
    }
    List<Done> done = jobs.parallelStream().map(Job::run).toList();
    TreeMap<String, Done> byPath = new TreeMap<>();
    done.forEach(d -> byPath.put(d.path(), d));
    for (Done d : byPath.values()) {
      if (d.problem() != null) {
        throw d.problem();
      }
      out.put(d.path(), AtomicFiles.Body.of(d.bytes()));
    }
    return out;
  }

  /** A page: {@code template} over the record {@code model} makes. */
  private static Job page(ReportRenderer renderer, String path, String template, Callable<? extends Record> model) {
    return new Job(path, () -> renderer.render(template, model.call()).getBytes(StandardCharsets.UTF_8));
  }

  /** A file to make. */
  private record Job(String path, Callable<byte[]> make) {
    Done run() {
      try {
        return new Done(path, make.call(), null);
      } catch (TemplateProblem problem) {
        return new Done(path, null, problem);
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A file made, or the template problem that stopped it. */
  private record Done(String path, byte[] bytes, TemplateProblem problem) {}
}
