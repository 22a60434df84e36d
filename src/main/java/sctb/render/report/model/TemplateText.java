package sctb.render.report.model;

/** A value a template reads as one string (a chart coordinate), while Java code reads its typed parts. */
public interface TemplateText {
  String templateText();
}
