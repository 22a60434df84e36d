package sctb.render.site.model;

/** A task as another page names it: id ({@code IV.2}), short title, link to its page. */
public record TaskLink(String id, String title, String href) {}
