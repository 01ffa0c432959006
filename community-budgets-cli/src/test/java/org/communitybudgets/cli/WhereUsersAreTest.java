package org.communitybudgets.cli;

import static org.communitybudgets.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What a user of the bare jar, a CI server or a Windows machine needs: the forms printed from the
 * jar, a JUnit XML report, shell completion, and a launcher for cmd.exe.
 */
class WhereUsersAreTest {

  @Test
  void theSchemaCommandListsTheFormsAndPrintsEachFromTheJar(@TempDir Path dir) throws Exception {
    CliTest.Run list = run("schema");
    assertEquals(0, list.code(), list.err());
    for (String name : SchemaCommand.SCHEMAS.keySet()) {
      assertTrue(list.out().contains(name + " "), list.out());
    }
    CliTest.Run family = run("schema", "family");
    assertEquals(0, family.code(), family.err());
    assertEquals(Files.readString(Path.of("../community-budgets-json/schemas/family.schema.json"), StandardCharsets.UTF_8), family.out());
    assertEquals("family", new ObjectMapper().readTree(family.out()).get("title").asText().toLowerCase(java.util.Locale.ROOT).split(" ")[0],
        "the family's schema: " + family.out().substring(0, 200));
    CliTest.Run report = run("schema", "report", "-o", dir.resolve("report.schema.json").toString());
    assertEquals(0, report.code(), report.err());
    assertEquals(Files.readString(Path.of("../community-budgets-report/schemas/report.schema.json"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("report.schema.json"), StandardCharsets.UTF_8));
    CliTest.Run unknown = run("schema", "household");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().startsWith("no schema 'household': the schemas are family, pool, claim"), unknown.err());
  }

  @Test
  void theHelpNamesFormsAUserOfTheJarCanPrintNotPathsInTheRepository() {
    for (String command : new String[] {"identify", "results", "claims", "assess", "report"}) {
      CliTest.Run help = run(command, "--help");
      assertFalse(help.out().contains("community-budgets-json/schemas"), command + ": " + help.out());
      assertTrue(help.out().contains("community-budgets schema "), command + ": " + help.out());
    }
  }

  @Test
  void testWritesAJUnitXmlReportACiServerReads(@TempDir Path dir) throws Exception {
    String family = CliTest.ON_JSA;
    Files.writeString(dir.resolve("work.yaml"), "asOf: 2013-05-10\ncases:\n"
        + "  - name: on JSA <& \"quoted\">\n    identify: {family: " + family + "}\n    expect: {criteriaMet: [WORK]}\n"
        + "  - name: wrongly expected\n    identify: {family: " + family + "}\n    expect: {verdict: ELIGIBLE}\n");
    Path xml = dir.resolve("TEST-scenarios.xml");
    CliTest.Run r = run("test", dir.toString(), "--junit-xml", xml.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.out().endsWith("1 passed, 1 failed\n"), r.out());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    Element suites = doc.getDocumentElement();
    assertEquals("testsuites", suites.getTagName());
    assertEquals("2", suites.getAttribute("tests"));
    assertEquals("1", suites.getAttribute("failures"));
    assertEquals("0", suites.getAttribute("errors"));
    NodeList suite = doc.getElementsByTagName("testsuite");
    assertEquals(1, suite.getLength());
    assertEquals(dir.resolve("work.yaml").toString(), ((Element) suite.item(0)).getAttribute("name"));
    NodeList cases = doc.getElementsByTagName("testcase");
    assertEquals(2, cases.getLength());
    Element passed = (Element) cases.item(0);
    assertEquals("on JSA <& \"quoted\">", passed.getAttribute("name"), "names are escaped and read back whole");
    assertEquals("3", passed.getAttribute("line"));
    assertEquals(0, passed.getElementsByTagName("failure").getLength());
    Element failed = (Element) cases.item(1);
    Element failure = (Element) failed.getElementsByTagName("failure").item(0);
    assertEquals("verdict: expected ELIGIBLE, was NOT_ELIGIBLE", failure.getAttribute("message"));
    assertTrue(failure.getTextContent().contains("reasons:"), failure.getTextContent());
  }

  @Test
  void generateCompletionPrintsAShellCompletionScriptOfTheCommands() {
    CliTest.Run r = run("generate-completion");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("complete -F _complete_community-budgets"), r.out().substring(0, Math.min(400, r.out().length())));
    for (String command : new String[] {"identify", "results", "claims", "assess", "test", "compare", "report", "cohort", "schema"}) {
      assertTrue(r.out().contains(command), command);
    }
  }

  @Test
  void aWindowsLauncherStartsTheSameJarAsThePosixOne() throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of("bin/community-budgets.cmd"));
    String cmd = new String(bytes, StandardCharsets.US_ASCII);
    assertTrue(cmd.startsWith("@echo off\r\n"), "cmd.exe needs CRLF line ends");
    assertFalse(cmd.replace("\r\n", "").contains("\n"), "every line ends CRLF");
    assertTrue(cmd.contains("community-budgets-cli-*-all.jar"), cmd);
    assertTrue(cmd.contains("-jar \"%JAR%\" %*"), "passes every argument on");
    assertTrue(cmd.contains("exit /b 2"), "a missing jar is exit code 2, as a usage error is");
    String sh = Files.readString(Path.of("bin/community-budgets"), StandardCharsets.UTF_8);
    assertTrue(sh.contains("community-budgets-cli-*-all.jar"), "the two look for the same jar");
  }
}
