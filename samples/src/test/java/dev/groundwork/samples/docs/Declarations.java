package dev.groundwork.samples.docs;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.Type;
import java.util.List;
import java.util.Optional;

/**
 * What a simple name in the main sources refers to, read from the syntax tree alone (no types
 * are resolved): a parameter, a local variable, a field, the variable of a loop over a literal
 * list, or something known only at run time.
 */
final class Declarations {
  private Declarations() {}

  /** What a simple name refers to, where the source says. */
  sealed interface Declaration permits Param, Local, Field, Element, Opaque {}

  record Param(CallableDeclaration<?> callable, int index, Type type) implements Declaration {}

  record Local(VariableDeclarator variable) implements Declaration {}

  record Field(FieldDeclaration field, VariableDeclarator variable) implements Declaration {}

  /** The variable of a for-each over a literal list: each element in turn. */
  record Element(ForEachStmt loop) implements Declaration {}

  /** A lambda parameter, a loop or catch variable, a record component: known only at run time. */
  record Opaque(Type type) implements Declaration {}

  /** The elements of {@code for (x : List.of(a, b, …))}, or none for any other loop. */
  static List<Expression> literalElements(ForEachStmt loop) {
    if (loop.getIterable() instanceof MethodCallExpr call && call.getNameAsString().equals("of")
        && call.getScope().map(s -> s.toString().equals("List")).orElse(false)) {
      return call.getArguments();
    }
    return List.of();
  }

  static Optional<Declaration> declarationOf(NameExpr name) {
    String id = name.getNameAsString();
    Node child = name;
    for (Optional<Node> parent = name.getParentNode(); parent.isPresent(); parent = parent.get().getParentNode()) {
      Node node = parent.get();
      if (node instanceof LambdaExpr lambda && lambda.getParameters().stream().anyMatch(p -> p.getNameAsString().equals(id))
          || node instanceof CatchClause c && c.getParameter().getNameAsString().equals(id)
          || node instanceof ForStmt f && f.getInitialization().stream().anyMatch(i -> declares(i, id))) {
        return Optional.of(new Opaque(null));
      } else if (node instanceof ForEachStmt f && f.getVariable().getVariables().stream().anyMatch(v -> v.getNameAsString().equals(id))) {
        return Optional.of(literalElements(f).isEmpty() ? new Opaque(f.getVariable().getVariables().get(0).getType())
            : new Element(f));
      } else if (node instanceof BlockStmt block) {
        Optional<Declaration> local = localBefore(block.getStatements(), child, id);
        if (local.isPresent()) {
          return local;
        }
      } else if (node instanceof CallableDeclaration<?> callable) {
        NodeList<Parameter> params = callable.getParameters();
        for (int i = 0; i < params.size(); i++) {
          if (params.get(i).getNameAsString().equals(id)) {
            return Optional.of(new Param(callable, i, params.get(i).getType()));
          }
        }
      } else if (node instanceof TypeDeclaration<?> type) {
        Optional<Declaration> field = fieldOf(type, id);
        if (field.isPresent()) {
          return field;
        }
        if (type.isRecordDeclaration() && type.asRecordDeclaration().getParameters().stream()
            .anyMatch(p -> p.getNameAsString().equals(id))) {
          return Optional.of(new Opaque(null));
        }
      }
      child = node;
    }
    return Optional.empty();
  }

  private static boolean declares(Expression e, String id) {
    return e instanceof VariableDeclarationExpr v && v.getVariables().stream().anyMatch(d -> d.getNameAsString().equals(id));
  }

  private static Optional<Declaration> localBefore(List<Statement> statements, Node child, String id) {
    Declaration found = null;
    for (Statement statement : statements) {
      if (statement == child) {
        break;
      }
      if (statement instanceof ExpressionStmt s && s.getExpression() instanceof VariableDeclarationExpr v) {
        for (VariableDeclarator d : v.getVariables()) {
          if (d.getNameAsString().equals(id)) {
            found = new Local(d);
          }
        }
      }
    }
    return Optional.ofNullable(found);
  }

  static Optional<Declaration> fieldOf(TypeDeclaration<?> type, String id) {
    for (FieldDeclaration field : type.getFields()) {
      for (VariableDeclarator v : field.getVariables()) {
        if (v.getNameAsString().equals(id)) {
          return Optional.of(new Field(field, v));
        }
      }
    }
    return Optional.empty();
  }

  /** A final field's initializer (every field of an interface is final): a constant. */
  static Optional<Expression> constantInitializer(Field f) {
    boolean constant = f.field().isFinal() || f.field().getParentNode()
        .filter(p -> p instanceof TypeDeclaration<?> t && t.isClassOrInterfaceDeclaration()
            && t.asClassOrInterfaceDeclaration().isInterface()).isPresent();
    return constant ? f.variable().getInitializer() : Optional.empty();
  }

  static boolean isInside(Node node, Node ancestor) {
    for (Optional<Node> parent = node.getParentNode(); parent.isPresent(); parent = parent.get().getParentNode()) {
      if (parent.get() == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The simple name of a variable's declared type (type arguments dropped). */
  static Optional<String> declaredType(NameExpr name) {
    Optional<Declaration> declaration = declarationOf(name);
    Type type = null;
    if (declaration.isPresent() && declaration.get() instanceof Param p) {
      type = p.type();
    } else if (declaration.isPresent() && declaration.get() instanceof Local l) {
      type = l.variable().getType();
    } else if (declaration.isPresent() && declaration.get() instanceof Field f) {
      type = f.variable().getType();
    } else if (declaration.isPresent() && declaration.get() instanceof Opaque o) {
      type = o.type();
    }
    return Optional.ofNullable(type).map(Declarations::simpleName);
  }

  static String simpleName(Type type) {
    return type.isClassOrInterfaceType() ? type.asClassOrInterfaceType().getNameAsString() : type.asString();
  }

  static String enclosingTypeName(Node node) {
    TypeDeclaration<?> outermost = null;
    for (Optional<TypeDeclaration> t = node.findAncestor(TypeDeclaration.class); t.isPresent();
        t = t.get().findAncestor(TypeDeclaration.class)) {
      outermost = t.get();
    }
    return outermost == null ? "" : outermost.getNameAsString();
  }
}
