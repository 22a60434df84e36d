package sctb.io;

/** A file's bytes: the first {@code length} of {@code array} (an array may be longer, kept for the next file). */
public record ReadBytes(byte[] array, int length) {}
