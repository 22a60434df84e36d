package sctb.render.site.model;

/** Which page of the site a page is. */
public enum PageKind {
  HOME,
  INDICATOR,
  AGENCY,
  TASK,
  STATUSES
}
