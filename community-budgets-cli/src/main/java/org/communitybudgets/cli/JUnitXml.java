package org.communitybudgets.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.communitybudgets.scenarios.ScenarioResult;

/**
 * Scenario results as a JUnit XML report, the form CI servers (Jenkins, GitLab, GitHub's test
 * reporters) read: {@code testsuites}, a {@code testsuite} per scenario file with its counts, a
 * {@code testcase} per case named by the case and classed by the file, and a {@code failure} whose
 * message is the first difference and whose text is every difference and the decision's reasons; a
 * case that could not be read is an {@code error}. Written with the JDK's StAX writer, which
 * escapes every value.
 */
final class JUnitXml {
  private JUnitXml() {}

  static void write(Path file, List<ScenarioResult> results, List<Long> nanos) throws IOException {
    FileAccess.writeString(file, toXml(results, nanos));
  }

  static String toXml(List<ScenarioResult> results, List<Long> nanos) {
    Map<String, List<Integer>> byFile = new LinkedHashMap<>();
    for (int i = 0; i < results.size(); i++) {
      byFile.computeIfAbsent(results.get(i).scenario().file(), f -> new ArrayList<>()).add(i);
    }
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "community-budgets scenarios");
      xml.writeAttribute("tests", String.valueOf(results.size()));
      xml.writeAttribute("failures", String.valueOf(count(results, false)));
      xml.writeAttribute("errors", String.valueOf(count(results, true)));
      xml.writeAttribute("time", seconds(nanos.stream().mapToLong(Long::longValue).sum()));
      for (Map.Entry<String, List<Integer>> suite : byFile.entrySet()) {
        List<ScenarioResult> cases = suite.getValue().stream().map(results::get).toList();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite.getKey());
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeAttribute("failures", String.valueOf(cases.stream().filter(r -> !r.passed() && r.scenario().problem().isEmpty()).count()));
        xml.writeAttribute("errors", String.valueOf(cases.stream().filter(r -> r.scenario().problem().isPresent()).count()));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(suite.getValue().stream().mapToLong(nanos::get).sum()));
        for (int i : suite.getValue()) {
          ScenarioResult r = results.get(i);
          xml.writeCharacters("\n    ");
          xml.writeStartElement("testcase");
          xml.writeAttribute("name", r.scenario().name());
          xml.writeAttribute("classname", suite.getKey());
          xml.writeAttribute("file", suite.getKey());
          xml.writeAttribute("line", String.valueOf(r.scenario().line()));
          xml.writeAttribute("time", seconds(nanos.get(i)));
          if (!r.passed()) {
            boolean error = r.scenario().problem().isPresent();
            xml.writeStartElement(error ? "error" : "failure");
            String message = error ? r.scenario().problem().get() : r.differences().isEmpty() ? "failed" : r.differences().get(0);
            xml.writeAttribute("message", message);
            xml.writeAttribute("type", error ? "InvalidScenario" : "ScenarioFailed");
            List<String> lines = new ArrayList<>(r.differences());
            if (!r.reasons().isEmpty()) {
              lines.add("reasons:");
              lines.addAll(r.reasons());
            }
            xml.writeCharacters(String.join("\n", lines));
            xml.writeEndElement();
          }
          xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit XML report", e);
    }
    return text.toString();
  }

  private static long count(List<ScenarioResult> results, boolean errors) {
    return results.stream().filter(r -> !r.passed() && r.scenario().problem().isPresent() == errors).count();
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
  }
}
