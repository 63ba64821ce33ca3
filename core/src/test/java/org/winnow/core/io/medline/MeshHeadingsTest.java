package org.winnow.core.io.medline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MeshHeadingsTest {
  @Test
  void keepsTheDescriptorOnly() {
    assertEquals(
        "Diabetes Mellitus, Type 2",
        MeshHeadings.descriptor("Diabetes Mellitus, Type 2/*drug therapy"));
    assertEquals(
        "Protein Structure, Secondary", MeshHeadings.descriptor("*Protein Structure, Secondary"));
    assertEquals("Neoplasms", MeshHeadings.descriptor("Neoplasms/dt [Drug Therapy]"));
    assertEquals("Humans", MeshHeadings.descriptor(" Humans "));
    assertNull(MeshHeadings.descriptor(" * "));
    assertNull(MeshHeadings.descriptor(null));
  }
}
