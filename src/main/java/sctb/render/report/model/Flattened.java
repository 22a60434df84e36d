package sctb.render.report.model;

/**
 * A record of the report model whose names a template reads directly on the record holding it
 * ({@code indicator.value}, not {@code indicator.figure.value}): shared groups of names, such as a
 * figure's value and verdict, are written once and appear flat, as docs/templates.md lists them.
 */
public interface Flattened {}
