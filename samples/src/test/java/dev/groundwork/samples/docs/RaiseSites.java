package dev.groundwork.samples.docs;

import static dev.groundwork.samples.docs.Declarations.declarationOf;
import static dev.groundwork.samples.docs.Declarations.declaredType;
import static dev.groundwork.samples.docs.Declarations.enclosingTypeName;
import static dev.groundwork.samples.docs.Declarations.fieldOf;
import static dev.groundwork.samples.docs.Declarations.isInside;
import static dev.groundwork.samples.docs.Declarations.literalElements;
import static dev.groundwork.samples.docs.Declarations.simpleName;
import static dev.groundwork.samples.docs.Evaluator.CALLERS;
import static dev.groundwork.samples.docs.Evaluator.display;
import static dev.groundwork.samples.docs.Evaluator.unknown;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import dev.groundwork.samples.docs.Declarations.Declaration;
import dev.groundwork.samples.docs.Declarations.Field;
import dev.groundwork.samples.docs.Declarations.Local;
import dev.groundwork.samples.docs.Declarations.Param;
import dev.groundwork.samples.docs.Evaluator.Text;
import dev.groundwork.samples.docs.Evaluator.Unknown;
import dev.groundwork.samples.docs.Evaluator.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every place the main sources raise an error code, with its arguments evaluated as far as the
 * source allows ({@link Evaluator}).
 *
 * <p>A code is raised in one of three shapes: {@code new Problem(code, where, property, value,
 * allowed, fix)}; {@code problems.add(code, property, value, allowed, fix)} on the {@code Problems}
 * collector, whose {@code where} comes from {@code Problems.of(type, scope)} or
 * {@code Problems.ofValue(type)}; or an exception whose message starts with {@code [CODE]}.
 *
 * <p>A raise inside a helper is evaluated once per call path that reaches it: a parameter of the
 * enclosing method or constructor takes the argument of each of its call sites (one binding per
 * path, so two uses of one parameter never disagree), and a public method also the values of
 * callers outside Groundwork.
 */
final class RaiseSites {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
  private static final Pattern CODED_MESSAGE = Pattern.compile(
      "\\[(" + CODE.pattern() + ")] ([^:]+): (?:.*? )?must be (.*?), got .*?\\. (.*)", Pattern.DOTALL);
  private static final Pattern LEADING_TYPE = Pattern.compile("[A-Z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)?");
  /** Call paths longer than this are not followed further (the helpers are a few levels deep). */
  private static final int MAX_CALL_DEPTH = 8;

  /** A parsed source file and its path relative to the repository. */
  record Source(String path, CompilationUnit unit) {}

  private final List<Source> sources;
  private final Evaluator evaluator;
  private final List<MethodCallExpr> calls = new ArrayList<>();
  private final List<ObjectCreationExpr> creations = new ArrayList<>();

  private RaiseSites(List<Source> sources) {
    this.sources = sources;
    this.evaluator = new Evaluator(sources);
    for (Source source : sources) {
      calls.addAll(source.unit().findAll(MethodCallExpr.class));
      creations.addAll(source.unit().findAll(ObjectCreationExpr.class));
    }
  }

  /**
   * Parses {@code files} (path relative to the repository, then the Java text) in the order given.
   *
   * @throws IllegalStateException if a file does not parse
   */
  static RaiseSites parse(List<Map.Entry<String, String>> files) {
    JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
    List<Source> sources = new ArrayList<>();
    for (Map.Entry<String, String> file : files) {
      ParseResult<CompilationUnit> result = parser.parse(file.getValue());
      CompilationUnit unit = result.getResult().filter(u -> result.isSuccessful()).orElseThrow(() ->
          new IllegalStateException(file.getKey() + " does not parse: " + result.getProblems()));
      sources.add(new Source(file.getKey(), unit));
    }
    return new RaiseSites(sources);
  }

  /**
   * Every raise, in source order; a raise inside a helper appears once per distinct rendering.
   *
   * @throws IllegalStateException if an error code cannot be resolved to an UPPER_SNAKE literal
   */
  List<Raise> raises() {
    List<Raise> raises = new ArrayList<>();
    for (Source source : sources) {
      for (Node node : source.unit().findAll(Node.class, RaiseSites::raisesACode)) {
        for (Raise raise : evaluate(source, node)) {
          if (!raises.contains(raise)) {
            raises.add(raise);
          }
        }
      }
    }
    return raises;
  }

  private static boolean raisesACode(Node node) {
    if (node instanceof ObjectCreationExpr created) {
      String type = created.getType().getNameAsString();
      if (type.equals("Problem") && created.getArguments().size() == 6) {
        return !enclosingTypeName(created).equals("Problems"); // the collector's own add(...)
      }
      return type.endsWith("Exception") && created.getArguments().size() >= 1
          && leftmostLiteral(created.getArgument(0)).map(s -> s.matches("\\[[A-Z][A-Z0-9_]*] .*")).orElse(false);
    }
    return node instanceof MethodCallExpr call && call.getNameAsString().equals("add")
        && call.getArguments().size() == 5 && call.getScope().map(RaiseSites::isProblems).orElse(false);
  }

  /** Evaluates one raise under every binding of the parameters it reads. */
  private List<Raise> evaluate(Source source, Node node) {
    List<Raise> out = new ArrayList<>();
    Deque<CallPath> work = new ArrayDeque<>(List.of(CallPath.START));
    while (!work.isEmpty()) {
      CallPath path = work.pop();
      try {
        out.addAll(render(source, node, path));
      } catch (CallPath.Unbound unbound) {
        List<Node> sites = new ArrayList<>(unbound.binder instanceof ForEachStmt loop ? literalElements(loop)
            : callSitesOf((CallableDeclaration<?>) unbound.binder));
        if (sites.isEmpty() || path.depth() >= MAX_CALL_DEPTH || isApi(unbound.binder)) {
          sites.add(null); // users' code calls it too, with arguments of its own
        }
        for (int i = sites.size() - 1; i >= 0; i--) {
          work.push(path.bind(unbound.binder, sites.get(i)));
        }
      }
    }
    return out;
  }

  /**
   * A public method or constructor of a public type outside an {@code internal} package: its
   * parameters also take values from users' code, which no call site here shows.
   */
  private static boolean isApi(Node binder) {
    if (!(binder instanceof CallableDeclaration<?> callable) || !callable.isPublic()
        || callable.findCompilationUnit().flatMap(CompilationUnit::getPackageDeclaration)
            .map(p -> p.getNameAsString().contains(".internal")).orElse(false)) {
      return false;
    }
    for (Optional<TypeDeclaration> type = callable.findAncestor(TypeDeclaration.class); type.isPresent();
        type = type.get().findAncestor(TypeDeclaration.class)) {
      if (!type.get().isPublic()) {
        return false;
      }
    }
    return true;
  }

  private List<Raise> render(Source source, Node node, CallPath path) {
    String at = source.path() + ":" + node.getBegin().map(p -> p.line).orElse(0);
    if (node instanceof MethodCallExpr call && isPassedOn(call.getArgument(0))) {
      return passedOn(call, at, path);
    }
    Value code;
    Value where;
    String property;
    String allowed;
    String fix;
    String thrownAs = "";
    if (node instanceof MethodCallExpr call) {
      NodeList<Expression> args = call.getArguments();
      code = evaluator.eval(args.get(0), path);
      where = whereOf(call.getScope().orElseThrow(), path);
      property = display(evaluator.eval(args.get(1), path));
      allowed = display(evaluator.eval(args.get(3), path));
      fix = display(evaluator.eval(args.get(4), path));
    } else {
      ObjectCreationExpr created = (ObjectCreationExpr) node;
      NodeList<Expression> args = created.getArguments();
      if (created.getType().getNameAsString().equals("Problem")) {
        code = evaluator.eval(args.get(0), path);
        where = whereOf(args.get(1), path);
        property = display(evaluator.eval(args.get(2), path));
        allowed = display(evaluator.eval(args.get(4), path));
        fix = display(evaluator.eval(args.get(5), path));
      } else {
        String message = display(evaluator.eval(args.get(0), path));
        Matcher m = CODED_MESSAGE.matcher(message);
        if (!m.matches()) {
          throw new IllegalStateException(at + ": a message that starts with a code must read "
              + "'[CODE] property: … must be <allowed>, got <value>. <fix>', got: " + message);
        }
        code = new Text(m.group(1));
        where = new Unknown("");
        property = m.group(3);
        allowed = m.group(4);
        fix = m.group(5);
        thrownAs = created.getType().getNameAsString();
      }
    }
    if (!(code instanceof Text text) || !CODE.matcher(text.value()).matches()) {
      throw new IllegalStateException(at + ": cannot resolve the error code to an UPPER_SNAKE literal, got "
          + display(code));
    }
    return List.of(new Raise(text.value(), raisedBy(where, node, path), property, allowed, fix, at, thrownAs));
  }

  private static String raisedBy(Value where, Node node, CallPath path) {
    if (where == CALLERS) {
      return ""; // a public method called from users' code: the caller names the construct
    }
    Matcher type = LEADING_TYPE.matcher(display(where));
    return type.lookingAt() ? type.group() : rootType(node, path);
  }

  /** {@code problems.add(p.code(), …)} with {@code p} a {@code Problem}: a code raised elsewhere, passed on. */
  private static boolean isPassedOn(Expression code) {
    return code instanceof MethodCallExpr call && call.getNameAsString().equals("code")
        && call.getScope().filter(NameExpr.class::isInstance)
            .flatMap(s -> declaredType((NameExpr) s)).map("Problem"::equals).orElse(false);
  }

  /**
   * Problems caught from a factory and recorded again under this construct's property: the codes
   * are those raised in the types whose methods the enclosing {@code try} block calls (through a
   * lambda parameter too), with their own allowed values and fixes.
   */
  private List<Raise> passedOn(MethodCallExpr call, String at, CallPath path) {
    TryStmt tryStmt = call.findAncestor(TryStmt.class).orElseThrow(() -> new IllegalStateException(
        at + ": a code passed on from a Problem must be caught in a try block"));
    Value where = whereOf(call.getScope().orElseThrow(), path);
    String property = display(evaluator.eval(call.getArgument(1), path));
    List<Raise> out = new ArrayList<>();
    for (MethodCallExpr called : tryStmt.getTryBlock().findAll(MethodCallExpr.class)) {
      List<MethodCallExpr> targets = List.of(called);
      if (called.getScope().orElse(null) instanceof NameExpr name
          && declarationOf(name).orElse(null) instanceof Param p
          && evaluator.argument(p, path).orElse(null) instanceof LambdaExpr lambda) {
        targets = lambda.getBody().findAll(MethodCallExpr.class);
      }
      for (MethodCallExpr target : targets) {
        for (Raise original : raisesInType(target.getScope().map(Expression::toString).orElse(""))) {
          Raise raise = new Raise(original.code(), raisedBy(where, call, path), property, original.allowed(),
              original.fix(), at, "");
          if (!out.contains(raise)) {
            out.add(raise);
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(at + ": cannot tell which codes this passes on");
    }
    return out;
  }

  /** The raises written in the parsed type {@code name}. */
  private List<Raise> raisesInType(String name) {
    List<Raise> out = new ArrayList<>();
    for (Source source : sources) {
      for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
        if (type.getNameAsString().equals(name)) {
          for (Node node : type.findAll(Node.class, RaiseSites::raisesACode)) {
            out.addAll(evaluate(source, node));
          }
        }
      }
    }
    return out;
  }

  // ---- the Problems collector ----------------------------------------------------------------

  private static boolean isProblems(Expression receiver) {
    if (receiver instanceof MethodCallExpr call) {
      String method = call.getNameAsString();
      return (method.equals("of") || method.equals("ofValue"))
          && call.getScope().map(s -> s.toString().equals("Problems")).orElse(false)
          || method.equals("add") && call.getScope().map(RaiseSites::isProblems).orElse(false);
    }
    return receiver instanceof NameExpr name && declaredType(name).map(t -> t.equals("Problems")).orElse(false);
  }

  /**
   * How a message names the construct: a {@code where} argument, or for the collector the type
   * given to {@code Problems.of} or {@code ofValue}, followed through variables and call sites.
   */
  private Value whereOf(Expression receiver, CallPath path) {
    if (receiver instanceof MethodCallExpr call) {
      String method = call.getNameAsString();
      if ((method.equals("of") || method.equals("ofValue")) && call.getArguments().size() >= 1) {
        return evaluator.eval(call.getArgument(0), path);
      } else if (method.equals("add") && call.getScope().isPresent()) {
        return whereOf(call.getScope().get(), path);
      }
    } else if (receiver instanceof NameExpr name) {
      Optional<Declaration> declaration = declarationOf(name);
      Optional<Expression> source = Optional.empty();
      if (declaration.isPresent() && declaration.get() instanceof Param p) {
        source = evaluator.argument(p, path);
        if (source.isEmpty()) {
          return isApi(p.callable()) ? CALLERS : unknown(receiver);
        }
      } else if (declaration.isPresent() && declaration.get() instanceof Local l) {
        source = l.variable().getInitializer();
      } else if (declaration.isPresent() && declaration.get() instanceof Field f) {
        source = f.variable().getInitializer();
      }
      if (source.isPresent()) {
        return whereOf(source.get(), path);
      }
    }
    return evaluator.eval(receiver, path);
  }

  /** Where {@code callable} is called with as many arguments as it has parameters, in source order. */
  private List<Node> callSitesOf(CallableDeclaration<?> callable) {
    int arity = callable.getParameters().size();
    TypeDeclaration<?> owner = callable.findAncestor(TypeDeclaration.class).orElseThrow();
    String ownerName = owner.getNameAsString();
    List<Node> sites = new ArrayList<>();
    if (callable instanceof ConstructorDeclaration) {
      creations.stream().filter(c -> c.getType().getNameAsString().equals(ownerName) && c.getArguments().size() == arity)
          .forEach(sites::add);
    } else if (callable instanceof MethodDeclaration method) {
      for (MethodCallExpr call : calls) {
        if (!call.getNameAsString().equals(method.getNameAsString()) || call.getArguments().size() != arity) {
          continue;
        }
        Optional<Expression> scope = call.getScope();
        boolean calls = scope.isEmpty() || scope.get() instanceof ThisExpr
            ? isInside(call, owner)
            : scope.get() instanceof NameExpr name
                ? declarationOf(name).isEmpty() ? name.getNameAsString().equals(ownerName)
                    : declaredType(name).map(ownerName::equals).orElse(false)
                : scope.get() instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr
                    && access.findAncestor(TypeDeclaration.class).flatMap(t -> fieldOf(t, access.getNameAsString()))
                        .map(f -> simpleName(((Field) f).variable().getType())).map(ownerName::equals).orElse(false);
        if (calls) {
          sites.add(call);
        }
      }
    }
    return sites;
  }

  /** The outermost type on this call path: who raises a code whose message names no type. */
  private static String rootType(Node node, CallPath path) {
    Node at = node;
    Optional<CallableDeclaration> callable = at.findAncestor(CallableDeclaration.class);
    for (; callable.isPresent() && path.site(callable.get()) != null; callable = at.findAncestor(CallableDeclaration.class)) {
      at = path.site(callable.get());
    }
    return enclosingTypeName(at);
  }

  private static Optional<String> leftmostLiteral(Expression e) {
    if (e instanceof StringLiteralExpr s) {
      return Optional.of(s.asString());
    } else if (e instanceof BinaryExpr b) {
      return leftmostLiteral(b.getLeft());
    }
    return Optional.empty();
  }

}
