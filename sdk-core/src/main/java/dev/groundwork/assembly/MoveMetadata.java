package dev.groundwork.assembly;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The template metadata through which a move declaration ({@code Moves.of(stack).moved(from, to)})
 * tells the replacement guard what it declared, so a declaration that no longer matches anything
 * is reported rather than left to rot.
 *
 * <p>Written under {@value #KEY} in the template's top-level {@code Metadata}: a list with one
 * entry per declaration, {@code {"from": "Orders", "to": "Ledger", "pins": {"Ledger/Database/Resource":
 * "OrdersDatabaseA1B2C3D4", ...}}}, paths relative to the stack, {@code pins} mapping the path of
 * each CloudFormation element under {@code to} to the logical id it keeps (empty when {@code to}
 * named no construct when the move was declared).
 */
public final class MoveMetadata {
  /** Template metadata key listing the stack's move declarations. */
  public static final String KEY = "groundwork:moves";

  private static final String FROM = "from";
  private static final String TO = "to";
  private static final String PINS = "pins";

  private MoveMetadata() {}

  /**
   * One move declaration as synthesis recorded it.
   *
   * @param from the old path of the construct, relative to the stack
   * @param to the construct's path now, relative to the stack
   * @param pins the logical id each CloudFormation element under {@code to} keeps, by its path
   *     relative to the stack, in the order they were pinned
   */
  public record Declaration(String from, String to, Map<String, String> pins) {
    public Declaration {
      checkArgument(from != null && !from.isBlank(), "from is required");
      checkArgument(to != null && !to.isBlank(), "to is required");
      pins = ImmutableMap.copyOf(pins);
    }

    /** The declaration as the user writes it, e.g. {@code Moves.of(stack).moved("Orders", "Ledger");}. */
    public String code() {
      return "Moves.of(stack).moved(\"" + from + "\", \"" + to + "\");";
    }
  }

  /** The metadata value of {@code declarations}: plain lists and maps, ready for CDK to write. */
  public static List<Map<String, Object>> entries(List<Declaration> declarations) {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (Declaration declaration : declarations) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(FROM, declaration.from());
      entry.put(TO, declaration.to());
      entry.put(PINS, new LinkedHashMap<>(declaration.pins()));
      entries.add(entry);
    }
    return entries;
  }

  /** The declarations recorded in {@code stack}'s template, in declaration order; entries without both paths are skipped. */
  public static List<Declaration> declarations(StackTemplate stack) {
    List<Declaration> declarations = new ArrayList<>();
    for (JsonNode entry : stack.json().path("Metadata").path(KEY)) {
      String from = entry.path(FROM).asText("");
      String to = entry.path(TO).asText("");
      if (from.isBlank() || to.isBlank()) {
        continue;
      }
      Map<String, String> pins = new LinkedHashMap<>();
      entry.path(PINS).fields().forEachRemaining(pin -> pins.put(pin.getKey(), pin.getValue().asText()));
      declarations.add(new Declaration(from, to, pins));
    }
    return ImmutableList.copyOf(declarations);
  }
}
