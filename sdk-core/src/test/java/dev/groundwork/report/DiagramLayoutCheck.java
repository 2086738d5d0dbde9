package dev.groundwork.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a diagram SVG in headless Chromium as a person sees it ({@code layout-check.js}): the
 * SVG is put inline in a page whose script measures the rendered boxes and text and writes its
 * verdict into the DOM, which {@code --dump-dom} returns. Also takes the diagram's screenshot.
 * Public, with {@link HeadlessChromium}, for the reference app's test in {@code samples}.
 */
public final class DiagramLayoutCheck {
  private static final Pattern VERDICT = Pattern.compile("<pre id=\"verdict\">(.*?)</pre>", Pattern.DOTALL);
  private static final Pattern SIZE = Pattern.compile("<svg [^>]*width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

  /**
   * What the browser found.
   *
   * @param nodes node boxes drawn
   * @param edges edges drawn
   * @param groups containers drawn
   * @param problems each overlap, cut text and edge that misses its node, in words
   */
  public record Verdict(int nodes, int edges, int groups, List<String> problems) {}

  private final HeadlessChromium chromium;
  private final Path workDir;

  private DiagramLayoutCheck(HeadlessChromium chromium, Path workDir) {
    this.chromium = chromium;
    this.workDir = workDir;
  }

  /** A check that writes its pages into {@code workDir}; fails the test, naming the install, without Chromium. */
  public static DiagramLayoutCheck in(Path workDir) {
    return new DiagramLayoutCheck(HeadlessChromium.locate(workDir), workDir);
  }

  /** The verdict on {@code svg}, rendered in Chromium. */
  public Verdict check(String svg) throws IOException, InterruptedException {
    String script;
    try (InputStream in = DiagramLayoutCheck.class.getResourceAsStream("layout-check.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path page = Files.createTempFile(workDir, "layout-check", ".html");
    Files.writeString(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">\n"
        + svg + "<script>\n" + script + "</script></body></html>\n", StandardCharsets.UTF_8);
    HeadlessChromium.Run run = chromium.dumpDom(page.toUri().toString());
    if (!run.console().isEmpty()) {
      throw new AssertionError("the layout check logged to the console: " + run.console());
    }
    Matcher m = VERDICT.matcher(run.stdout());
    if (!m.find()) {
      throw new AssertionError("the layout check wrote no verdict; the page was:\n" + run.stdout());
    }
    String text = m.group(1).replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new AssertionError("the layout check's verdict is not JSON: " + text, e);
    }
    List<String> problems = new ArrayList<>();
    json.path("problems").forEach(p -> problems.add(p.asText()));
    return new Verdict(json.path("nodes").asInt(), json.path("edges").asInt(), json.path("groups").asInt(), problems);
  }

  /** Writes the screenshot of the SVG file {@code svg} at its own size to {@code png}. */
  public void screenshot(Path svg, Path png) throws IOException, InterruptedException {
    Matcher m = SIZE.matcher(Files.readString(svg));
    if (!m.find()) {
      throw new AssertionError(svg + " has no width and height");
    }
    int width = (int) Math.ceil(Double.parseDouble(m.group(1)));
    int height = (int) Math.ceil(Double.parseDouble(m.group(2)));
    chromium.screenshot(svg.toUri().toString(), png, width, height);
  }
}
