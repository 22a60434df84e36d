package sctb.render.report.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component whose own components a template reads directly on the enclosing record
 * ({@code indicator.value}, not {@code indicator.figure.value}): shared groups of names, such as a
 * figure's value and verdict, are written once and appear flat, as docs/templates.md lists them.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Flattened {}
