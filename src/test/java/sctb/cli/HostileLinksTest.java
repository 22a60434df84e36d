package sctb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The link and special-file policy (docs/security.md): inside a data folder a symbolic link is read
 * only when it points to a file inside the folder; links out of it (a secrets file, /etc/passwd,
 * /proc/self/environ), broken links and FIFOs are skipped with a {@code skipped-file} error naming
 * the path — and no line of the targets ever appears in any output format.
 */
class HostileLinksTest {
  private static final String SECRET = "SECRET_TOKEN=ghp_s3cr3tV4lu3";

  @Test
  void linksOutOfTheDataFolderAreSkippedAndNothingOfTheirTargetsIsShown(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
    Path secrets = Files.writeString(dir.resolve("secrets.env"), SECRET + "\nOTHER=1\n");
    Path data = Files.createDirectories(dir.resolve("data/2024H1"));
    Files.copy(CliRun.REPO.resolve("samples/2024H1/SCT-nhiem-vu.csv"), data.resolve("SCT-nhiem-vu.csv"));
    Files.createSymbolicLink(data.resolve("env-chi-so.csv"), Path.of("/proc/self/environ"));
    Files.createSymbolicLink(data.resolve("secret-chi-so.csv"), secrets);
    Files.createSymbolicLink(data.resolve("passwd-chi-so.csv"), Path.of("/etc/passwd"));
    Files.createSymbolicLink(data.resolve("gone-chi-so.csv"), dir.resolve("gone.csv"));
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("leak-chi-so.csv"), SECRET + ",indicator\n1,2\n");
    Files.createSymbolicLink(dir.resolve("data/outside"), elsewhere); // a folder link: never walked into
    Path fifo = HostilePathsTest.fifo(data.resolve("fifo-chi-so.csv"));
    // A link that stays inside the folder is read like the file it points to.
    Path shared = Files.createDirectories(dir.resolve("data/shared")).resolve("SXD.txt");
    Files.writeString(shared, "period,agency,task,status\n2024H1,SXD,I.1,done\n", StandardCharsets.UTF_8);
    Files.createSymbolicLink(data.resolve("SXD-nhiem-vu.csv"), Path.of("../shared/SXD.txt"));

    Map<String, Integer> exits = new LinkedHashMap<>();
    Map<String, String> outputs = AllOutputs.of(dir.resolve("data"), "2024H1", dir.resolve("out"), exits);

    String environ = new String(Files.readAllBytes(Path.of("/proc/self/environ")), StandardCharsets.UTF_8);
    String firstVariable = environ.split("\u0000", 2)[0];
    String passwd = Files.isReadable(Path.of("/etc/passwd")) ? Files.readAllLines(Path.of("/etc/passwd")).get(0) : SECRET;
    outputs.forEach((name, text) -> {
      assertThat(text).as(name).doesNotContain(SECRET).doesNotContain("ghp_s3cr3t").doesNotContain(passwd);
      if (!name.endsWith(".terminal")) { // which names the files written where the user asked
        assertThat(text).as(name).doesNotContain(dir.toString()); // where the data lies is not published either
      }
      if (firstVariable.length() > 8) {
        assertThat(text).as(name).doesNotContain(firstVariable);
      }
    });
    assertThat(exits.get("validate.text")).isEqualTo(1);
    String text = outputs.get("validate.text");
    for (String skipped : List.of("env", "secret", "passwd", "gone", "fifo")) {
      assertThat(text).contains(skipped + "-chi-so.csv (1 lỗi, 0 cảnh báo)\n  lỗi: “data/2024H1/" + skipped + "-chi-so.csv”");
    }
    assertThat(text).contains("trỏ ra ngoài thư mục dữ liệu");
    assertThat(text).doesNotContain("SXD-nhiem-vu.csv (1 lỗi").doesNotContain("Không nhận ra loại tệp");
    assertThat(outputs.get("validate.json")).contains("\"code\" : \"skipped-file\"", "2024H1/SXD-nhiem-vu.csv\",");
    assertThat(outputs.get("validate.github")).contains("::error file=", "title=skipped-file::");
    assertThat(outputs.get("report.md")).contains("data/2024H1/env-chi-so.csv | Lỗi | ").contains("trỏ ra ngoài thư mục dữ liệu")
        .doesNotContain("skipped-file");
    assertThat(Files.exists(fifo)).isTrue();
  }

  @Test
  void aPathNamedOnTheCommandLineIsFollowedButNeverIntoSystemFolders(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
    Path env = Files.createSymbolicLink(dir.resolve("SCT-chi-so.csv"), Path.of("/proc/self/environ"));
    CliRun validate = CliRun.runWithEnv(AllOutputs.TODAY, "--lang", "en", "validate", env.toString());
    assertThat(validate.exitCode()).isEqualTo(3);
    assertThat(validate.out()).contains("  error: ", "is in a system folder (/proc, /sys or /dev)");
    CliRun proc = CliRun.runWithEnv(AllOutputs.TODAY, "--lang", "en", "validate", "/proc/self");
    assertThat(proc.exitCode()).isEqualTo(3);
    assertThat(proc.out()).contains("is in a system folder");
    Path plan = Files.createSymbolicLink(dir.resolve("plan.yaml"), Path.of("/proc/self/environ"));
    CliRun report = CliRun.run("--lang", "en", "report", "--plan", plan.toString(), "--period", "2024H1", "-o", "-",
        "--format", "json");
    assertThat(report.exitCode()).isEqualTo(3);
    assertThat(report.err()).contains("is in a system folder");
    Path mine = Files.writeString(dir.resolve("elsewhere.csv"), "period,agency,task,status\n2024H1,SCT,I.1,done\n");
    Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("named")).resolve("SCT.csv"), mine);
    assertThat(CliRun.runWithEnv(AllOutputs.TODAY, "validate", link.toString()).exitCode()).isZero();
  }

  @Test
  void aRegisterLinkedOutOfThePlansFolderIsSkippedAndNothingOfItIsShown(@TempDir Path dir) throws Exception {
    Path secrets = Files.writeString(dir.resolve("secrets.csv"), "entity_id,kind,name\n" + SECRET + ",outlet,X\n");
    Path workspace = Files.createDirectories(dir.resolve("workspace"));
    Files.copy(CliRun.PLAN, workspace.resolve("plan.yaml"));
    Files.createSymbolicLink(Files.createDirectories(workspace.resolve("registers")).resolve("co-so.csv"), secrets);
    CliRun validate = CliRun.runWithEnv(AllOutputs.TODAY, "--lang", "en", "validate", "--plan",
        workspace.resolve("plan.yaml").toString(), CliRun.REPO.resolve("samples/2024H1").toString());
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains("co-so.csv (1 error(s), 0 warning(s))\n  error: ", "pointing outside the data folder")
        .doesNotContain(SECRET).doesNotContain("ghp_s3cr3t")
        .doesNotContain("is not in the register"); // entities matched as without a register, not each one flagged
    // the same register copied in is read
    Files.delete(workspace.resolve("registers/co-so.csv"));
    Files.copy(CliRun.REPO.resolve("registers/co-so.csv"), workspace.resolve("registers/co-so.csv"));
    CliRun copied = CliRun.runWithEnv(AllOutputs.TODAY, "--lang", "en", "validate", "--plan",
        workspace.resolve("plan.yaml").toString(), CliRun.REPO.resolve("samples/2024H1").toString());
    assertThat(copied.out()).doesNotContain("symbolic link");
  }

  /** A workspace whose submissions folder is a link (a shared drive): before, "no .csv file" and status said nobody had sent. */
  @Test
  void aSubmissionsFolderThatIsALinkIsReadUnderItsOwnName(@TempDir Path dir) throws Exception {
    Path workspace = Files.createDirectories(dir.resolve("workspace"));
    Files.copy(CliRun.PLAN, workspace.resolve("plan.yaml"));
    Files.createSymbolicLink(workspace.resolve("samples"), CliRun.REPO.resolve("samples"));
    String plan = workspace.resolve("plan.yaml").toString();
    CliRun validate = CliRun.runWithEnv(AllOutputs.TODAY, "validate", "--plan", plan);
    assertThat(validate.exitCode()).isEqualTo(1);
    assertThat(validate.out()).contains("samples/2026H2/SXD-nhiem-vu.csv (2 lỗi, 0 cảnh báo)", ": 5 lỗi, ")
        .doesNotContain("không có tệp .csv");
    CliRun status = CliRun.runWithEnv(AllOutputs.TODAY, "status", "--plan", plan, "--period", "2026H2", "--format", "csv");
    assertThat(status.out()).contains("\nSCT,Sở Công Thương,chưa đủ,12/11/2026,đúng hạn,2,");
  }
}
