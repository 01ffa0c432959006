package org.communitybudgets.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.communitybudgets.InvalidValueException;
import org.junit.jupiter.api.Test;

class PolicySourceTest {

  @Test
  void citesByShortName() {
    assertEquals("Offer §5", PolicySource.offer("§5").toString());
    assertEquals("Evidence CB00 note [5]", PolicySource.evidenceCb00("note [5]").toString());
    assertEquals(PolicyDocument.TROUBLED_FAMILIES_FRAMEWORK_2012, PolicySource.troubledFamiliesFramework2012("§4").document());
    assertEquals(PolicyDocument.TROUBLED_FAMILIES_FRAMEWORK_2015, PolicySource.troubledFamiliesFramework2015("§5").document());
    assertEquals(PolicyDocument.LGA_UPDATE, PolicySource.lgaUpdate("§17").document());
    assertEquals(PolicyDocument.COST_BENEFIT_GUIDANCE_2014, PolicySource.costBenefitGuidance2014("§1").document());
    assertEquals(PolicyDocument.NAO_FAMILIES_2013, PolicySource.naoFamilies2013("summary").document());
  }

  @Test
  void requiresALocation() {
    assertEquals(
        "location in Offer must be non-blank, was \"  \"",
        assertThrows(InvalidValueException.class, () -> PolicySource.offer("  ")).getMessage());
    assertEquals(
        "policy document is required",
        assertThrows(NullPointerException.class, () -> new PolicySource(null, "§1")).getMessage());
  }

  @Test
  void standardDocumentsAreFoundByIdAndLocalOnesCanBeAdded() {
    assertEquals(java.util.Optional.of(PolicyDocument.OFFER), PolicyDocument.standard("OFFER"));
    assertEquals(java.util.Optional.empty(), PolicyDocument.standard("NOPE"));
    assertEquals(17, PolicyDocument.standard().size());
    assertEquals(java.util.Optional.of(PolicyDocument.NAO_FAMILIES_2013), PolicyDocument.standard("NAO_FAMILIES_2013"));
    PolicyDocument local = PolicyDocument.local("ESSEX_CABINET_2012", "Essex cabinet", "Essex County Council cabinet decision, 12 March 2012");
    assertEquals("Essex cabinet §4", new PolicySource(local, "§4").toString());
    assertEquals(
        "policy document id must be capitals, digits and underscores, like OFFER, was \"essex\"",
        assertThrows(InvalidValueException.class, () -> PolicyDocument.local("essex", "E", "T")).getMessage());
  }
}
