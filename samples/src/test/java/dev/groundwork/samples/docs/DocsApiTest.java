package dev.groundwork.samples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The API the docs show is the API users get. A Groundwork type a page names in backticks, or a
 * Java snippet imports, is a class of a published module's main sources (in its jar, with its
 * Javadoc), not a helper of those modules' test sources (a test class named as such, {@code
 * …Test}, is the docs telling contributors which test checks what); {@code Type.member} names a
 * member the type declares; and a snippet shows every helper of its source file it uses (a
 * method, field or class that file declares, called or read by name). The samples and benchmarks
 * are named as what they are, the repository's reference app and measurements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocsApiTest {
  static final Path ROOT = DocsPagesTest.ROOT;
  /** Main sources of the published modules: what users get in jars. */
  static final List<String> PUBLISHED = List.of("sdk-core/src/main/java", "sdk-constructs/src/main/java",
      "sdk-pipelines/src/main/java", "sdk-testing/src/main/java", "sdk-testing/src/fixture/java",
      "tooling/groundwork-maven-plugin/src/main/java", "tooling/groundwork-cli/src/main/java");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\n]+)`");
  /** {@code Type}, {@code Type.member…}, {@code Type#member}, {@code Outer.Inner}. */
  private static final Pattern TYPE_REFERENCE = Pattern.compile("^([A-Z][A-Za-z0-9]*)(?:[.#]([A-Za-z_][A-Za-z0-9_]*))?");
  /** Paths that exist only in this repository, never in a user's project. */
  static final Pattern REPOSITORY_ONLY = Pattern.compile("(?<![\\w./-])(?:docs/|scripts/|\\.tools/)");
  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(dev\\.groundwork\\.[\\w.]+?)(?:\\.\\*)?;$");

  /** Simple type name → its members (methods, fields, constants, nested types, record components). */
  private final Map<String, Set<String>> published = new TreeMap<>();
  /** Fully qualified names of the published types. */
  private final Set<String> publishedQualified = new TreeSet<>();
  /** Top-level types declared only in the published modules' test sources: helpers that look like API. */
  private final Set<String> unpublished = new TreeSet<>();

  @BeforeAll
  void readSources() throws IOException {
    StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    for (String root : PUBLISHED) {
      for (Path file : javaFiles(ROOT.resolve(root))) {
        CompilationUnit unit = StaticJavaParser.parse(file);
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        unit.findAll(TypeDeclaration.class).stream().filter(t -> t.isPublic() || t.isNestedType() && !t.isPrivate())
            .forEach(type -> {
              published.computeIfAbsent(type.getNameAsString(), n -> new TreeSet<>()).addAll(members(type));
              type.getFullyQualifiedName().ifPresent(q -> publishedQualified.add(q.toString()));
              publishedQualified.add(pkg + type.getNameAsString());
            });
      }
    }
    for (String module : List.of("sdk-core", "sdk-constructs", "sdk-pipelines", "sdk-testing",
        "tooling/groundwork-maven-plugin", "tooling/groundwork-cli")) {
      for (Path file : javaFiles(ROOT.resolve(module).resolve("src/test/java"))) {
        StaticJavaParser.parse(file).getTypes().forEach(t -> unpublished.add(t.getNameAsString()));
      }
    }
    unpublished.removeAll(published.keySet());
  }

  @Test
  void everyGroundworkTypeAPageNamesIsPublished() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path page : DocsPagesTest.pages()) {
      List<String> lines = Files.readAllLines(page);
      List<String> prose = DocsPagesTest.prose(lines);
      for (int i = 0; i < lines.size(); i++) {
        Matcher span = CODE_SPAN.matcher(prose.get(i).isEmpty() ? "" : lines.get(i));
        while (span.find()) {
          check(span.group(1).strip(), DocsPagesTest.name(page) + ":" + (i + 1)).ifPresent(wrong::add);
        }
      }
    }
    assertThat(wrong).as("names in backticks that are not the published API").isEmpty();
  }

  @Test
  void everyGroundworkImportOfASnippetIsPublished() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Snippet snippet : snippets()) {
      for (String line : snippet.lines()) {
        Matcher imported = IMPORT.matcher(line);
        if (imported.matches() && !resolvesToPublished(imported.group(1))) {
          wrong.add(snippet.where() + ": imports " + imported.group(1) + ", which no published module's main "
              + "sources declare");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void everySnippetShowsTheHelpersItUses() throws IOException {
    Map<Path, List<Snippet>> byPage = new LinkedHashMap<>();
    for (Snippet snippet : snippets()) {
      byPage.computeIfAbsent(snippet.page(), p -> new ArrayList<>()).add(snippet);
    }
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<Path, List<Snippet>> page : byPage.entrySet()) {
      Set<String> shown = new LinkedHashSet<>();
      page.getValue().forEach(s -> shown.addAll(s.lines()));
      for (Snippet snippet : page.getValue()) {
        helpersUsed(snippet).forEach((name, declaration) -> {
          if (!shown.contains(declaration)) {
            wrong.add(snippet.where() + ": uses " + name + ", declared in " + snippet.source() + " as '"
                + declaration + "', which no snippet of the page shows");
          }
        });
      }
    }
    assertThat(wrong).as("snippets that rely on a helper they do not show").isEmpty();
  }

  /**
   * What the published code prints or writes (its string literals) names no file that exists
   * only in this repository: a user's project has no {@code docs/}, {@code scripts/} or {@code
   * .tools/}. Messages point to what users have: the rule catalog written beside the reports
   * ({@code groundwork-rules.md}), the reports themselves, Javadoc.
   */
  @Test
  void noMessageOfThePublishedCodeNamesAFileOnlyThisRepositoryHas() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (String root : PUBLISHED) {
      for (Path file : javaFiles(ROOT.resolve(root))) {
        CompilationUnit unit = StaticJavaParser.parse(file);
        List<Node> literals = new ArrayList<>(unit.findAll(StringLiteralExpr.class));
        literals.addAll(unit.findAll(TextBlockLiteralExpr.class));
        for (Node literal : literals) {
          String text = literal instanceof StringLiteralExpr s ? s.getValue() : ((TextBlockLiteralExpr) literal).getValue();
          if (REPOSITORY_ONLY.matcher(text).find()) {
            wrong.add(ROOT.relativize(file) + ":" + literal.getBegin().map(p -> p.line).orElse(0) + ": \"" + text + "\"");
          }
        }
      }
    }
    assertThat(wrong).as("messages naming files a user's project does not have").isEmpty();
  }

  /** Why {@code span} (at {@code where}) names something users cannot find, if it does. */
  Optional<String> check(String span, String where) {
    Matcher reference = TYPE_REFERENCE.matcher(span);
    if (!reference.find()) {
      return Optional.empty();
    }
    String type = reference.group(1);
    String member = reference.group(2);
    if (unpublished.contains(type) && !isTestClass(type)) {
      return Optional.of(where + ": `" + span + "` names " + type + ", which only the test sources of "
          + "published modules declare: no published jar has it");
    }
    if (member != null && published.containsKey(type) && !published.get(type).contains(member)
        && !published.containsKey(member)) {
      return Optional.of(where + ": `" + span + "`: " + type + " declares no " + member);
    }
    return Optional.empty();
  }

  /** A test class named as one (docs tell contributors which test checks what), not as API. */
  private static boolean isTestClass(String name) {
    return name.endsWith("Test") || name.endsWith("IT");
  }

  private boolean resolvesToPublished(String qualified) {
    for (String candidate = qualified; candidate.contains("."); candidate = candidate.substring(0,
        candidate.lastIndexOf('.'))) {
      if (publishedQualified.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** Method, field, constant, component and nested type names a type declares. */
  private static Set<String> members(TypeDeclaration<?> type) {
    Set<String> names = new TreeSet<>();
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof CallableDeclaration<?> callable) {
        names.add(callable.getNameAsString());
      } else if (member instanceof FieldDeclaration field) {
        field.getVariables().forEach(v -> names.add(v.getNameAsString()));
      } else if (member instanceof TypeDeclaration<?> nested) {
        names.add(nested.getNameAsString());
      }
    }
    if (type instanceof RecordDeclaration record) {
      record.getParameters().forEach(p -> names.add(p.getNameAsString()));
    }
    type.findAll(EnumConstantDeclaration.class).forEach(c -> names.add(c.getNameAsString()));
    return names;
  }

  /**
   * The helpers of its source file a snippet uses, by name, each with the first line of its
   * declaration (as a snippet would show it): methods of the enclosing classes called without a
   * receiver, and fields read by name, unless the field is plain data (a literal, or a
   * {@code List/Set/Map.of} of literals) or the declaration is inside the snippet itself.
   */
  static Map<String, String> helpersUsed(Snippet snippet) {
    Path source = ROOT.resolve(snippet.source());
    List<String> lines;
    CompilationUnit unit;
    try {
      lines = Files.readAllLines(source);
      // The archetype's templates name their package ${package}: any identifier parses the same.
      unit = StaticJavaParser.parse(String.join("\n", lines).replaceAll("\\$\\{[^}]*}", "template"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int[] range = lineRange(snippet.lines(), lines);
    Map<String, String> used = new TreeMap<>();
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      if (call.getScope().isEmpty() && within(call, range)) {
        enclosingMethod(call, call.getNameAsString()).filter(m -> !within(m, range))
            .flatMap(m -> declaredAt(m, lines)).ifPresent(line -> used.put(call.getNameAsString(), line));
      }
    }
    for (NameExpr name : unit.findAll(NameExpr.class)) {
      if (within(name, range) && Declarations.declarationOf(name).orElse(null) instanceof Declarations.Field f
          && !within(f.field(), range) && !isData(f.variable())) {
        declaredAt(f.field(), lines).ifPresent(line -> used.put(name.getNameAsString(), line));
      }
    }
    return used;
  }

  /** The first and last line (1-based) of {@code snippet} in {@code lines}, which quote it (indentation aside). */
  static int[] lineRange(List<String> snippet, List<String> lines) {
    List<Integer> numbers = new ArrayList<>();
    List<String> code = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        numbers.add(i + 1);
        code.add(lines.get(i).strip());
      }
    }
    for (int start = 0; start + snippet.size() <= code.size(); start++) {
      if (code.subList(start, start + snippet.size()).equals(snippet)) {
        return new int[] {numbers.get(start), numbers.get(start + snippet.size() - 1)};
      }
    }
    throw new AssertionError("the snippet is not in its source (DocsSnippetsTest says where): " + snippet);
  }

  private static boolean within(Node node, int[] range) {
    int begin = node.getBegin().map(p -> p.line).orElse(0);
    int end = node.getEnd().map(p -> p.line).orElse(0);
    return begin >= range[0] && end <= range[1];
  }

  /** The method named {@code name} of a class enclosing {@code call}, innermost first. */
  private static Optional<MethodDeclaration> enclosingMethod(Node call, String name) {
    for (Optional<Node> parent = call.getParentNode(); parent.isPresent(); parent = parent.get().getParentNode()) {
      if (parent.get() instanceof TypeDeclaration<?> type && !type.getMethodsByName(name).isEmpty()) {
        return Optional.of(type.getMethodsByName(name).get(0));
      }
    }
    return Optional.empty();
  }

  /** A field whose value is written out: a literal, or {@code Type.of(…)} of literals (List, Map, Cidr, …). */
  private static boolean isData(VariableDeclarator variable) {
    return variable.getInitializer().map(DocsApiTest::isLiteral).orElse(false);
  }

  private static boolean isLiteral(Expression e) {
    if (e instanceof LiteralExpr || e instanceof BinaryExpr b && isLiteral(b.getLeft()) && isLiteral(b.getRight())) {
      return true;
    }
    return e instanceof MethodCallExpr call && call.getNameAsString().equals("of")
        && call.getScope().map(Object::toString).filter(scope -> scope.matches("[A-Z]\\w*")).isPresent()
        && call.getArguments().stream().allMatch(DocsApiTest::isLiteral);
  }

  /** The first line of a declaration, annotations and comments left out, stripped. */
  private static Optional<String> declaredAt(Node node, List<String> lines) {
    int line = node instanceof BodyDeclaration<?> body && body.getAnnotations().isNonEmpty()
        ? body.getAnnotations().getLast().flatMap(Node::getEnd).map(p -> p.line + 1).orElse(0)
        : node.getBegin().map(p -> p.line).orElse(0);
    return line > 0 && line <= lines.size() ? Optional.of(lines.get(line - 1).strip()) : Optional.empty();
  }

  /** One {@code ```java} block with a {@code // snippet:} marker. */
  record Snippet(Path page, int line, String source, List<String> lines) {
    String where() {
      return DocsPagesTest.name(page) + ":" + line;
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<Snippet> found = new ArrayList<>();
    for (Path page : DocsPagesTest.pages()) {
      List<String> lines = Files.readAllLines(page);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).strip().equals("```java")) {
          continue;
        }
        int j = i + 1;
        List<String> body = new ArrayList<>();
        while (j < lines.size() && !lines.get(j).strip().equals("```")) {
          body.add(lines.get(j).strip());
          j++;
        }
        if (!body.isEmpty() && body.get(0).startsWith("// snippet: ")) {
          found.add(new Snippet(page, i + 2, body.get(0).substring("// snippet: ".length()).strip(),
              body.subList(1, body.size()).stream().filter(l -> !l.isEmpty()).toList()));
        }
        i = j;
      }
    }
    return found;
  }

  private static List<Path> javaFiles(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
  }

  @Nested
  class TheChecksThemselves {
    @Test
    void aTestOnlyClassIsNamed() {
      assertThat(check("TemplateFixture.template()", "x.md:1")).isEmpty();
      assertThat(check("Fixtures.bucket()", "x.md:1")).hasValueSatisfying(w -> assertThat(w).contains("no published jar"));
      assertThat(check("SynthesisExtensionTest", "x.md:1")).isEmpty();
    }

    @Test
    void aRepositoryPathIsFoundButNotAUsersPath() {
      assertThat(REPOSITORY_ONLY.matcher("see docs/cost-and-diagrams.md").find()).isTrue();
      assertThat(REPOSITORY_ONLY.matcher("run scripts/ensure-node.sh or .tools/node").find()).isTrue();
      assertThat(REPOSITORY_ONLY.matcher("the groundwork-rules.md beside the reports").find()).isFalse();
      assertThat(REPOSITORY_ONLY.matcher("https://example.com/docs/x and src/main/docs/y").find()).isFalse();
    }

    @Test
    void aMemberTheTypeDoesNotDeclareIsNamed() {
      assertThat(check("PlatformAppProps.previousAssembly", "x.md:1")).isEmpty();
      assertThat(check("DatabaseCluster.grantIamConnect(workload)", "x.md:1"))
          .hasValueSatisfying(w -> assertThat(w).contains("DatabaseCluster declares no grantIamConnect"));
    }

    @Test
    void aHelperTheSnippetDoesNotShowIsNamed() {
      Snippet snippet = new Snippet(ROOT.resolve("docs/policy.md"), 1,
          "sdk-core/src/test/java/dev/groundwork/policy/PolicyDocExamplesTest.java",
          List.of("PolicyReport report = template().resource(\"B\", \"AWS::S3::Bucket\",",
              "\"{'AccessControl': 'PublicRead'}\").report(options());"));
      assertThat(helpersUsed(snippet)).containsEntry("options", "static PolicyOptions options() {")
          .as("statically imported from a published class: the API").doesNotContainKey("template");
    }
  }
}
