package sctb.io.submission;

/** Told after each file is read and checked (in file order), for a progress indicator; NONE says nothing. */
@FunctionalInterface
public interface ReadProgress {
  ReadProgress NONE = (filesDone, filesTotal, rowsDone) -> {};

  void fileDone(int filesDone, int filesTotal, long rowsDone);
}
