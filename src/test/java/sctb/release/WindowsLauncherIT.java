package sctb.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sctb.cmd as shipped, checked on Linux where no cmd.exe runs it (docs/release.md says what was and was
 * not verified on Windows): the file shape cmd needs (CRLF, UTF-8 without BOM, ASCII until the code
 * page is switched), every jump target defined, blocks balanced with paths always quoted, the exit code
 * passed on, the code page restored, and the same options file and groups as the POSIX launcher, whose
 * behaviour PosixLauncherIT runs for real.
 */
class WindowsLauncherIT {
  static byte[] bytes;
  static List<String> lines;

  @BeforeAll
  static void read() throws IOException {
    bytes = ReleaseZip.read(ReleaseZip.root() + "sctb.cmd");
    String text = new String(bytes, StandardCharsets.UTF_8);
    lines = List.of(text.split("\r\n", -1));
  }

  @Test
  void crlfUtf8WithoutBomAndAsciiUntilTheCodePageIsUtf8() throws CharacterCodingException {
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    assertThat(bytes[0]).as("no BOM: cmd would read it as part of the first command").isEqualTo((byte) '@');
    assertThat(String.join("", lines)).doesNotContain("\n").doesNotContain("\r");
    int chcp = lines.indexOf("chcp 65001 >nul");
    assertThat(chcp).isPositive();
    for (String line : lines.subList(0, chcp + 1)) {
      assertThat(line.chars().allMatch(c -> c < 128)).as("ASCII before chcp 65001: " + line).isTrue();
    }
    assertThat(String.join("\n", lines.subList(chcp, lines.size()))).contains("không tìm thấy Java");
  }

  @Test
  void everyJumpHasItsLabel() {
    Set<String> labels = new TreeSet<>(List.of("eof"));
    Set<String> targets = new TreeSet<>();
    Pattern jump = Pattern.compile("(?i)\\b(?:goto|call)\\s+:(\\w+)");
    for (String line : code()) {
      if (line.startsWith(":")) {
        labels.add(line.substring(1).strip().toLowerCase(Locale.ROOT));
      }
      Matcher m = jump.matcher(line);
      while (m.find()) {
        targets.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    assertThat(targets).isNotEmpty();
    assertThat(labels).containsAll(targets);
  }

  @Test
  void blocksAreBalancedAndPathsInsideThemQuoted() {
    Pattern pathVariable = Pattern.compile("%(?:SCTB_JAVA|SCTB_JAR|SCTB_HOME|JAVA_HOME|~dp0)%?");
    for (String line : code()) {
      String outsideQuotes = line.replaceAll("\"[^\"]*\"", "\"\"");
      if (line.toLowerCase(Locale.ROOT).matches("echo[ (].*")) {
        continue; // an echo outside a block prints its parentheses; "echo(" is echo's safe form
      }
      long open = outsideQuotes.chars().filter(c -> c == '(').count();
      long close = outsideQuotes.chars().filter(c -> c == ')').count();
      assertThat(open).as("balanced: " + line).isEqualTo(close);
      if (open > 0) {
        // "C:\Program Files (x86)\…" expanded outside quotes would end the block early
        assertThat(pathVariable.matcher(outsideQuotes).find()).as("path quoted inside a block: " + line).isFalse();
      }
    }
  }

  @Test
  void exitCodeIsPassedOnAndTheConsoleRestored() {
    List<String> code = code();
    assertThat(code.get(0)).isEqualTo("@echo off");
    assertThat(code).anyMatch(l -> l.startsWith("setlocal EnableExtensions DisableDelayedExpansion"));
    int java = indexOf("\"%SCTB_JAVA%\" %SCTB_OPTIONS% %SCTB_JAVA_OPTS% -jar \"%SCTB_JAR%\" %*");
    assertThat(java).as("runs the jar with every argument").isPositive();
    assertThat(lines.get(java + 1)).isEqualTo("set \"SCTB_EXIT=%ERRORLEVEL%\"");
    assertThat(code.get(code.size() - 1)).isEqualTo("endlocal & exit /b %SCTB_EXIT%");
    assertThat(code.get(code.size() - 2)).isEqualTo("if defined SCTB_OLD_CP chcp %SCTB_OLD_CP% >nul");
    assertThat(code).noneMatch(l -> l.matches("(?i).*\\bexit(?!\\s+/b).*") && !l.startsWith("rem"));
    assertThat(code.stream().filter(l -> l.equals("set \"SCTB_EXIT=4\""))).hasSize(3);
  }

  @Test
  void everydayRunsOnJava19AndLaterUseAnArchiveTheJvmRecordsSilentlyAndNamedForTheJar() {
    List<String> code = code();
    String archived = "\"%SCTB_JAVA%\" -XX:+AutoCreateSharedArchive \"-XX:SharedArchiveFile=%SCTB_ARCHIVE%\""
        + " -Xlog:cds=off -Xlog:cds+dynamic=off %SCTB_OPTIONS% -jar \"%SCTB_JAR%\" ";
    int run = indexOf(archived + "%*");
    assertThat(run).as("the archived run passes every argument").isPositive();
    assertThat(lines.get(run + 1)).isEqualTo("set \"SCTB_EXIT=%ERRORLEVEL%\"");
    assertThat(lines.get(run - 1)).isEqualTo(":run_archived");
    // a large run (-Xshare:off in group large) and Java 17-18 (no -XX:+AutoCreateSharedArchive) run plainly
    int skipLarge = code.indexOf("if defined SCTB_JAVA_OPTS goto :run");
    int skipOld = code.indexOf("if %SCTB_FEATURE% LSS 19 goto :run");
    assertThat(skipLarge).isPositive();
    assertThat(skipOld).isGreaterThan(skipLarge);
    // the JVM ignores an archive of another jar without recording it again: the name holds the jar's size
    assertThat(code).contains("for %%j in (\"%SCTB_JAR%\") do set \"SCTB_JAR_SIZE=%%~zj\"",
        "set \"SCTB_ARCHIVE=%SCTB_LIB%\\sctb-%SCTB_JAR_SIZE%.jsa\"",
        "del \"%SCTB_LIB%\\sctb-*.jsa\" >nul 2>&1");
    assertThat(code).as("the archive by its short path, like the jar")
        .contains("for %%d in (\"%SCTB_HOME%lib\") do set \"SCTB_LIB=%%~sd\"");
    // recorded only where lib\ is writable, by a training run that prints nothing and leaves no folder
    assertThat(code).contains("(type nul >\"%SCTB_ARCHIVE%.probe\") 2>nul || goto :run");
    String training = code.stream().filter(l -> l.startsWith(archived + "report ")).findFirst().orElseThrow();
    assertThat(training).endsWith(">nul 2>&1").contains("--quiet");
    assertThat(code.subList(code.indexOf(training), code.size())).contains("rd /s /q \"%SCTB_TRAINING%\" >nul 2>&1", "endlocal");
    assertThat(code.indexOf("setlocal")).isBetween(skipOld, code.indexOf(training));
  }

  @Test
  void readsTheSameOptionsFileAndGroupsAsThePosixLauncher() throws IOException {
    String cmd = String.join("\n", lines);
    assertThat(cmd).contains("\"%SCTB_HOME%lib\\jvm.options\"");
    assertThat(cmd).as("a line for a later Java (third word) reaches only that Java")
        .contains("tokens=1-3\" %%a in (\"%SCTB_HOME%lib\\jvm.options\") do call :option \"%%a\" \"%%b\" \"%%c\"")
        .contains("if not \"%~3\"==\"\" call :knows %~3", "if not \"%~3\"==\"\" if not defined SCTB_KNOWS goto :eof")
        .as("a third word such as 17.0.12,21.0.4,23: that Java line from that update on, or a feature version and later")
        .contains("for %%v in (%*) do for /f \"tokens=1,3 delims=.\" %%f in (\"%%v\") do if \"%%g\"==\"\""
            + " if %SCTB_FEATURE% GEQ %%f set \"SCTB_KNOWS=1\"")
        .contains("for %%v in (%*) do for /f \"tokens=1,3 delims=.\" %%f in (\"%%v\") do if not \"%%g\"==\"\""
            + " if \"%%f\"==\"%SCTB_FEATURE%\" if %SCTB_UPDATE% GEQ %%g set \"SCTB_KNOWS=1\"");
    String posix = new String(ReleaseZip.read(ReleaseZip.root() + "sctb"), StandardCharsets.UTF_8);
    assertThat(posix).contains("$here/lib/jvm.options");
    assertThat(posix).contains("for first in ${since//,/ }; do", "[ \"$knows\" = true ] || continue");
    Set<String> groups = new TreeSet<>();
    for (String line : new String(ReleaseZip.read(ReleaseZip.root() + "lib/jvm.options"), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        groups.add(line.strip().split("\\s+")[0]);
      }
    }
    groups.remove("always");
    for (String group : groups) {
      assertThat(cmd).as("sctb.cmd has a rule for " + group).contains("if \"%~1\"==\"" + group + "\"");
      assertThat(posix).as("sctb has a rule for " + group).contains("    " + group + ") ");
    }
  }

  /** The script's lines without comments and blank lines. */
  private static List<String> code() {
    List<String> code = new ArrayList<>();
    for (String line : lines) {
      String l = line.strip();
      if (!l.isEmpty() && !l.toLowerCase(Locale.ROOT).startsWith("rem ") && !l.startsWith("::")) {
        code.add(l);
      }
    }
    return code;
  }

  private static int indexOf(String line) {
    return lines.indexOf(line);
  }
}
