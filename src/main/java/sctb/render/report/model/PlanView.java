package sctb.render.report.model;

/** The plan's title and short title in the report's language, and the national decision it implements ({@code 889/QĐ-TTg}). */
public record PlanView(String title, String shortTitle, String decision) {}
