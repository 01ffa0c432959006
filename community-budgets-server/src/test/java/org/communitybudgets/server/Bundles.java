package org.communitybudgets.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Rule-set bundles made in tests, as a council zips its folder. */
final class Bundles {
  private Bundles() {}

  /** The sample rule set of Kent, as bundled under samples/rule-sets/kent. */
  static final String KENT_DRL = Service.read("samples/rule-sets/kent/rules/early-help.drl");

  /** A zip of the files, by path in the bundle. */
  static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A local rule that fails for the family of that id, and for no other. */
  static String failingFor(String familyId) {
    return """
        package org.council.boom;
        import org.communitybudgets.rules.troubledfamilies.FamilyCase;
        rule "A family the council's records cannot place fails"
        when
          $f : FamilyCase(id == "%s")
        then
          throw new IllegalStateException("no record of " + $f.id());
        end
        """.formatted(familyId);
  }
}
