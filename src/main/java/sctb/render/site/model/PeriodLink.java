package sctb.render.site.model;

/** A period of the site ({@code 2024H1}) and the relative link to its consolidated report in this language. */
public record PeriodLink(String id, String report) {}
