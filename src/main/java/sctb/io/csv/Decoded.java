package sctb.io.csv;

/** A file's text after decoding (NFC, without BOM) and the encoding it was read with. */
public record Decoded(String text, String encoding, boolean bom, boolean fallback) {}
