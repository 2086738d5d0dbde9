package dev.groundwork.diagram;

/**
 * How wide a line of text is drawn, so a box is made wide enough for its label before the browser
 * draws it: the advance widths of DejaVu Sans (the sans-serif of Debian, and among the widest
 * common ones), regular and bold, per 1000 units of the font size, for printable ASCII; any other
 * character counts as a full em. Computed in Java, never measured on the machine, so the same
 * text gives the same width everywhere.
 */
final class TextWidth {
  private static final int[] REGULAR = widths("318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,"
      + "636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,"
      + "863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,"
      + "634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838");
  private static final int[] BOLD = widths("348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,"
      + "696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,"
      + "995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,"
      + "712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838");
  /** The font family the SVG asks for; the widths above are this family's. */
  static final String FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif";

  private TextWidth() {}

  private static int[] widths(String csv) {
    String[] parts = csv.split(",");
    int[] widths = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      widths[i] = Integer.parseInt(parts[i]);
    }
    return widths;
  }

  /** The width of {@code text} at {@code size} pixels. */
  static double of(String text, double size, boolean bold) {
    int[] table = bold ? BOLD : REGULAR;
    long units = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      units += c >= 32 && c - 32 < table.length ? table[c - 32] : 1000;
    }
    return units * size / 1000.0;
  }
}
