package dev.groundwork.samples.docs;

import com.github.javaparser.ast.Node;

/**
 * One call path: which call site binds the parameters of each callable, and which element a
 * for-each over a literal list is at ({@code null}: nothing here binds it, the caller is outside).
 */
record CallPath(CallPath parent, Node binder, Node site, int depth) {
  static final CallPath START = new CallPath(null, null, null, 0);

  CallPath bind(Node c, Node s) {
    return new CallPath(this, c, s, depth + 1);
  }

  boolean binds(Node c) {
    for (CallPath e = this; e != null; e = e.parent) {
      if (e.binder == c) {
        return true;
      }
    }
    return false;
  }

  Node site(Node c) {
    for (CallPath e = this; e != null; e = e.parent) {
      if (e.binder == c) {
        return e.site;
      }
    }
    return null;
  }

  /** Thrown when a value depends on a parameter or loop variable not bound on this path yet. */
  static final class Unbound extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Node binder;

    Unbound(Node binder) {
      super(null, null, false, false);
      this.binder = binder;
    }
  }
}
