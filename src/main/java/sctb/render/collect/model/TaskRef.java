package sctb.render.collect.model;

/** A task of the plan named in a document: its id ({@code IV.2}) and its title in the document's language. */
public record TaskRef(String id, String title) {}
