package org.communitybudgets.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TsvReaderTest {
  private static final List<String> COLUMNS = List.of("a", "b");

  private static List<TsvReader.Row> read(String text) {
    return TsvReader.read(new StringReader(text), "t.tsv", COLUMNS);
  }

  @Test
  void skipsCommentsAndBlankLinesAndCountsEveryLine() {
    List<TsvReader.Row> rows = read("\uFEFF# c\na\tb\n\n  # c\r\n x \t-\n");
    assertEquals(1, rows.size());
    TsvReader.Row row = rows.get(0);
    assertEquals(5, row.lineNumber());
    assertEquals("t.tsv line 5", row.where());
    assertEquals("x", row.text("a"));
    assertEquals(Optional.empty(), row.optional("b"));
    assertEquals(List.of(), row.list("b"));
  }

  @Test
  void readsListsAndYesNo() {
    TsvReader.Row row = read("a\tb\nx, y ,z\tYes\n").get(0);
    assertEquals(List.of("x", "y", "z"), row.list("a"));
    assertTrue(row.yesNo("b"));
    assertFalse(read("a\tb\nx\tno\n").get(0).yesNo("b"));
    assertEquals(
        "t.tsv line 2, column 'a': must be a comma-separated list without empty items, was 'x,,y'",
        assertThrows(IllegalArgumentException.class, () -> read("a\tb\nx,,y\tno\n").get(0).list("a"))
            .getMessage());
  }

  @Test
  void wrapsParserFailures() {
    TsvReader.Row row = read("a\tb\nnot-a-number\t1\n").get(0);
    assertEquals(Integer.valueOf(1), row.<Integer>parse("b", Integer::valueOf));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row.parse("a", Integer::parseInt));
    assertEquals(
        "t.tsv line 2, column 'a': must be readable (For input string: \"not-a-number\"), was"
            + " 'not-a-number'",
        e.getMessage());
    assertEquals(
        "t.tsv line 2, column 'a': must be a whole number, was 'not-a-number'",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    row.parse(
                        "a",
                        s -> {
                          throw new TsvReader.CellException("a whole number");
                        }))
            .getMessage());
    assertEquals(
        "no column 'c' in t.tsv",
        assertThrows(IllegalArgumentException.class, () -> row.text("c")).getMessage());
  }
}
