package sctb;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import sctb.cli.Cli;

/** Entry point: runs the command line on the real console and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = Cli.run(args, out, err, System.getenv());
    out.flush();
    err.flush();
    System.exit(code);
  }
}
