package dev.groundwork.samples.docs;

import static dev.groundwork.samples.docs.Declarations.constantInitializer;
import static dev.groundwork.samples.docs.Declarations.declarationOf;
import static dev.groundwork.samples.docs.Declarations.fieldOf;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.type.Type;
import dev.groundwork.samples.docs.Declarations.Declaration;
import dev.groundwork.samples.docs.Declarations.Element;
import dev.groundwork.samples.docs.Declarations.Field;
import dev.groundwork.samples.docs.Declarations.Local;
import dev.groundwork.samples.docs.Declarations.Param;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Evaluates an expression of the main sources as far as the source allows, on one call path.
 *
 * <p>A parameter is evaluated as the argument its call site on the path passes; a local variable
 * as its initializer; a final field with an initializer (a constant, in this type or another) as
 * that initializer. String concatenation, integer arithmetic, comparisons, conditionals on known
 * values, {@code List.of} and {@code Pattern.compile} of known values are folded. Whatever is
 * known only at run time stays an {@link Unknown}, displayed as {@code {expression}}.
 */
final class Evaluator {
  /** A run-time value whose expression is longer than this is shown as {…}: it would not help. */
  private static final int MAX_EXPRESSION = 60;

  private final List<RaiseSites.Source> sources;

  Evaluator(List<RaiseSites.Source> sources) {
    this.sources = sources;
  }

  sealed interface Value permits Text, Int, Bool, Unknown {}

  record Text(String value) implements Value {}

  record Int(long value) implements Value {}

  record Bool(boolean value) implements Value {}

  /** Known only at run time: the expression as written. */
  record Unknown(String expression) implements Value {}

  /** The {@code where} a public method's caller passes in, from code outside Groundwork. */
  static final Unknown CALLERS = new Unknown("where");

  static String display(Value value) {
    if (value instanceof Text t) {
      return t.value();
    } else if (value instanceof Int i) {
      return Long.toString(i.value());
    } else if (value instanceof Bool b) {
      return Boolean.toString(b.value());
    }
    String expression = ((Unknown) value).expression();
    return "{" + (expression.length() > MAX_EXPRESSION ? "…" : expression) + "}";
  }

  Value eval(Expression e, CallPath path) {
    if (e instanceof StringLiteralExpr s) {
      return new Text(s.asString());
    } else if (e instanceof TextBlockLiteralExpr s) {
      return new Text(s.asString());
    } else if (e instanceof CharLiteralExpr c) {
      return new Text(String.valueOf(c.asChar()));
    } else if (e instanceof IntegerLiteralExpr i) {
      return new Int(i.asNumber().longValue());
    } else if (e instanceof LongLiteralExpr l) {
      return new Int(l.asNumber().longValue());
    } else if (e instanceof BooleanLiteralExpr b) {
      return new Bool(b.getValue());
    } else if (e instanceof EnclosedExpr enclosed) {
      return eval(enclosed.getInner(), path);
    } else if (e instanceof BinaryExpr binary) {
      return binary(binary, path);
    } else if (e instanceof UnaryExpr unary) {
      Value operand = eval(unary.getExpression(), path);
      if (unary.getOperator() == UnaryExpr.Operator.MINUS && operand instanceof Int i) {
        return new Int(-i.value());
      } else if (unary.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT && operand instanceof Bool b) {
        return new Bool(!b.value());
      }
      return unknown(e);
    } else if (e instanceof ConditionalExpr conditional) {
      Value condition = eval(conditional.getCondition(), path);
      if (condition instanceof Bool b) {
        return eval(b.value() ? conditional.getThenExpr() : conditional.getElseExpr(), path);
      }
      Value then = eval(conditional.getThenExpr(), path);
      Value otherwise = eval(conditional.getElseExpr(), path);
      if (then instanceof Text a && otherwise instanceof Text b) {
        return new Unknown(a.value() + " or " + b.value());
      }
      return unknown(e);
    } else if (e instanceof NameExpr name) {
      return variable(name, path).orElseGet(() -> unknown(e));
    } else if (e instanceof FieldAccessExpr access) {
      return constant(access).map(init -> eval(init, path)).orElseGet(() -> unknown(e));
    } else if (e instanceof MethodCallExpr call) {
      return call(call, path);
    } else if (e instanceof CastExpr cast) {
      return eval(cast.getExpression(), path);
    }
    return unknown(e);
  }

  private Value binary(BinaryExpr e, CallPath path) {
    Value left = eval(e.getLeft(), path);
    Value right = eval(e.getRight(), path);
    if (e.getOperator() == BinaryExpr.Operator.PLUS && (left instanceof Text || right instanceof Text)) {
      return new Text(display(left) + display(right));
    }
    if (left instanceof Int l && right instanceof Int r) {
      long a = l.value();
      long b = r.value();
      switch (e.getOperator()) {
        case PLUS: return new Int(a + b);
        case MINUS: return new Int(a - b);
        case MULTIPLY: return new Int(a * b);
        case EQUALS: return new Bool(a == b);
        case NOT_EQUALS: return new Bool(a != b);
        case LESS: return new Bool(a < b);
        case LESS_EQUALS: return new Bool(a <= b);
        case GREATER: return new Bool(a > b);
        case GREATER_EQUALS: return new Bool(a >= b);
        default: return unknown(e);
      }
    }
    if (left instanceof Bool l && right instanceof Bool r) {
      if (e.getOperator() == BinaryExpr.Operator.AND) {
        return new Bool(l.value() && r.value());
      } else if (e.getOperator() == BinaryExpr.Operator.OR) {
        return new Bool(l.value() || r.value());
      }
    }
    if (left instanceof Text || right instanceof Text) {
      return unknown(e);
    }
    // Arithmetic on a run-time value: print it with the known parts folded in, e.g. {3 * zones}.
    return new Unknown(operand(left) + " " + e.getOperator().asString() + " " + operand(right));
  }

  private Value call(MethodCallExpr call, CallPath path) {
    String scope = call.getScope().map(Expression::toString).orElse("");
    String method = call.getNameAsString();
    if ((method.equals("getKey") || method.equals("getValue")) && call.getArguments().isEmpty()
        && call.getScope().orElse(null) instanceof NameExpr name
        && declarationOf(name).orElse(null) instanceof Element element
        && element(element.loop(), path) instanceof MethodCallExpr entry && entry.getNameAsString().equals("entry")
        && entry.getArguments().size() == 2) {
      return eval(entry.getArgument(method.equals("getKey") ? 0 : 1), path);
    }
    if (scope.equals("Pattern") && method.equals("compile") && call.getArguments().size() == 1) {
      Value regex = eval(call.getArgument(0), path); // a Pattern prints as its regex
      return regex instanceof Text ? regex : unknown(call);
    }
    if (scope.equals("String") && call.getNameAsString().equals("valueOf") && call.getArguments().size() == 1) {
      Value value = eval(call.getArgument(0), path);
      return value instanceof Unknown ? value : new Text(display(value));
    }
    if ((scope.equals("List") || scope.equals("ImmutableList")) && call.getNameAsString().equals("of")) {
      List<Value> items = call.getArguments().stream().map(a -> eval(a, path)).toList();
      if (items.stream().noneMatch(Unknown.class::isInstance)) {
        return new Text(items.stream().map(Evaluator::display).collect(Collectors.joining(", ", "[", "]")));
      }
    }
    return unknown(call);
  }

  private static String operand(Value value) {
    return value instanceof Unknown u ? u.expression() : display(value);
  }

  static Unknown unknown(Expression e) {
    return new Unknown(e.toString().replaceAll("\\s+", " "));
  }

  private Optional<Value> variable(NameExpr name, CallPath path) {
    Optional<Declaration> declaration = declarationOf(name);
    if (declaration.isEmpty()) {
      return Optional.empty();
    } else if (declaration.get() instanceof Param p) {
      return Optional.of(argument(p, path).map(arg -> eval(arg, path)).orElseGet(() -> unknown(name)));
    } else if (declaration.get() instanceof Local l) {
      return l.variable().getInitializer().map(init -> eval(init, path));
    } else if (declaration.get() instanceof Field f) {
      return constantInitializer(f).map(init -> eval(init, path));
    } else if (declaration.get() instanceof Element element) {
      return Optional.of(eval(element(element.loop(), path), path));
    }
    return Optional.empty();
  }

  /** The element a loop variable is at on this path. */
  static Expression element(ForEachStmt loop, CallPath path) {
    if (!path.binds(loop)) {
      throw new CallPath.Unbound(loop);
    }
    return (Expression) path.site(loop);
  }

  /** The argument bound to a parameter on this call path; empty when no call site binds it. */
  Optional<Expression> argument(Param param, CallPath path) {
    if (!path.binds(param.callable())) {
      throw new CallPath.Unbound(param.callable());
    }
    Node site = path.site(param.callable());
    if (site == null) {
      return Optional.empty();
    }
    NodeList<Expression> args = site instanceof MethodCallExpr call ? call.getArguments()
        : ((ObjectCreationExpr) site).getArguments();
    return Optional.of(args.get(param.index()));
  }

  /** {@code Type.CONSTANT} of any parsed type, or {@code this.constant}. */
  private Optional<Expression> constant(FieldAccessExpr access) {
    String field = access.getNameAsString();
    if (access.getScope() instanceof ThisExpr) {
      return access.findAncestor(TypeDeclaration.class).flatMap(t -> fieldOf(t, field))
          .flatMap(d -> constantInitializer((Field) d));
    }
    String typeName = access.getScope().toString();
    for (RaiseSites.Source source : sources) {
      for (TypeDeclaration<?> type : source.unit().findAll(TypeDeclaration.class)) {
        if (type.getNameAsString().equals(typeName)) {
          Optional<Expression> init = fieldOf(type, field).flatMap(d -> constantInitializer((Field) d));
          if (init.isPresent()) {
            return init;
          }
        }
      }
    }
    return Optional.empty();
  }
}
