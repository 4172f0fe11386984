/*
 * Copyright 2026 The inference-econ developers
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.inferenceecon.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every public builder method of the published modules documents what it takes: the nested
 * {@code Builder} of each value type declares its methods itself (the generated
 * {@code ImmutableX.Builder} implements them and stays hidden), each with a description, a
 * {@code @param} for every parameter (its range and unit, as the accessor it sets gives them),
 * an {@code @return}, and an {@code @throws NullPointerException} for a parameter that can be
 * null. Immutables' own boilerplate ("The value for ...") does not count. The same holds for the
 * hand-written builders ({@code final} classes such as {@code SelfHostedEstimate.Builder}, and the
 * concrete methods of an abstract one, such as {@code Deployment.Builder.layout}), whose methods
 * also document an {@code @throws IllegalArgumentException} or {@code IllegalStateException} when
 * their body checks a rule or throws one.
 *
 * <p>The sources are parsed with the JDK's compiler API, as {@code javadoc} reads them. The
 * documented {@code NullPointerException} is then checked on the real builders: every public
 * builder method given null throws it.
 */
final class BuilderJavadocTest {

  private static final Path ROOT =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
  /** The modules the BOM publishes. */
  private static final List<String> PUBLISHED = List.of("inference-econ-core",
      "inference-econ-pricing", "inference-econ-hardware", "inference-econ-openai",
      "inference-econ-anthropic", "inference-econ-langchain4j", "inference-econ-micrometer");

  /** A public method of a builder, with its comment (null when it has none). */
  private static final class BuilderMethod {
    final String where;
    final MethodTree method;
    final DocCommentTree doc;

    BuilderMethod(String where, MethodTree method, DocCommentTree doc) {
      this.where = where;
      this.method = method;
      this.doc = doc;
    }
  }

  private static List<Path> sourcesWithBuilders() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String module : PUBLISHED) {
      try (Stream<Path> walk = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
        // the internal packages are exported to inference-econ's own modules only: not API
        walk.filter(p -> p.toString().endsWith(".java"))
            .filter(p -> !p.toString().contains("/internal/")).filter(p -> {
          try {
            return Files.readString(p, StandardCharsets.UTF_8).contains(" class Builder");
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).sorted().forEach(files::add);
      }
    }
    return files;
  }

  /** The nested classes named Builder of the public top-level classes, by qualified name. */
  private static List<ClassTree> builders(CompilationUnitTree unit, List<String> names) {
    List<ClassTree> builders = new ArrayList<>();
    for (Tree type : unit.getTypeDecls()) {
      if (type instanceof ClassTree
          && ((ClassTree) type).getModifiers().getFlags().contains(Modifier.PUBLIC)) {
        ClassTree outer = (ClassTree) type;
        for (Tree member : outer.getMembers()) {
          if (member instanceof ClassTree
              && ((ClassTree) member).getSimpleName().contentEquals("Builder")) {
            builders.add((ClassTree) member);
            names.add((unit.getPackageName() == null ? "" : unit.getPackageName() + ".")
                + outer.getSimpleName() + ".Builder");
          }
        }
      }
    }
    return builders;
  }

  private static List<BuilderMethod> builderMethods(List<String> builderNames,
      List<String> declarations) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      return builderMethods(files.getJavaFileObjectsFromPaths(sourcesWithBuilders()),
          builderNames, declarations);
    }
  }

  private static List<BuilderMethod> builderMethods(Iterable<? extends JavaFileObject> sources,
      List<String> builderNames, List<String> declarations) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<BuilderMethod> methods = new ArrayList<>();
    JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> { }, List.of(), null,
        sources);
    DocTrees docs = DocTrees.instance(task);
    for (CompilationUnitTree unit : task.parse()) {
      List<String> names = new ArrayList<>();
      List<ClassTree> builders = builders(unit, names);
      for (int i = 0; i < builders.size(); i++) {
        ClassTree builder = builders.get(i);
        String name = names.get(i);
        builderNames.add(name);
        Set<Modifier> flags = builder.getModifiers().getFlags();
        declarations.add(name + ": " + flags.stream().map(Modifier::toString).sorted()
            .collect(Collectors.joining(" ")) + (builder.getExtendsClause() == null
            ? "" : " extends " + builder.getExtendsClause()));
        TreePath builderPath = TreePath.getPath(unit, builder);
        for (Tree member : builder.getMembers()) {
          if (member instanceof MethodTree) {
            MethodTree method = (MethodTree) member;
            boolean constructor = method.getName().contentEquals("<init>");
            if (constructor) {
              declarations.add(name + "(): " + method.getModifiers().getFlags());
            } else if (method.getModifiers().getFlags().contains(Modifier.PUBLIC)) {
              DocCommentTree doc = docs.getDocCommentTree(new TreePath(builderPath, method));
              methods.add(new BuilderMethod(name + "." + method.getName() + "("
                  + method.getParameters().stream().map(p -> p.getType().toString())
                  .collect(Collectors.joining(", ")) + ")", method, doc));
            }
          }
        }
      }
    }
    return methods;
  }

  private static String text(List<? extends DocTree> trees) {
    return trees.stream().map(DocTree::toString).collect(Collectors.joining()).strip();
  }

  /** What is missing from one method's comment, empty when nothing is. */
  static List<String> problems(MethodTree method, DocCommentTree doc) {
    List<String> problems = new ArrayList<>();
    if (doc == null) {
      problems.add("no Javadoc");
      return problems;
    }
    if (text(doc.getFullBody()).isEmpty()) {
      problems.add("no description");
    }
    List<String> nullable = new ArrayList<>();
    for (VariableTree parameter : method.getParameters()) {
      String name = parameter.getName().toString();
      String description = doc.getBlockTags().stream().filter(t -> t instanceof ParamTree)
          .map(t -> (ParamTree) t).filter(p -> p.getName().toString().equals(name))
          .map(p -> text(p.getDescription())).findFirst().orElse(null);
      if (description == null || description.isEmpty()) {
        problems.add("no @param " + name);
      } else if (description.startsWith("The value for")) {
        problems.add("@param " + name + " is Immutables' boilerplate");
      }
      if (!(parameter.getType() instanceof PrimitiveTypeTree)) {
        nullable.add(name);
      }
    }
    if (doc.getBlockTags().stream().noneMatch(t -> t instanceof ReturnTree
        && !text(((ReturnTree) t).getDescription()).isEmpty())) {
      problems.add("no @return");
    }
    List<String> throwsNull = throwsTags(doc, "NullPointerException");
    for (String name : nullable) {
      if (throwsNull.stream().noneMatch(t -> t.contains("{@code " + name + "}"))) {
        problems.add("no @throws NullPointerException for " + name);
      }
    }
    // a hand-written method: what its own body throws is documented, saying when
    if (method.getBody() != null) {
      String body = method.getBody().toString();
      if ((body.contains("Checks.") || body.contains("Decimals.check")
          || body.contains("new IllegalArgumentException"))
          && throwsTags(doc, "IllegalArgumentException").stream().allMatch(String::isEmpty)) {
        problems.add("no @throws IllegalArgumentException for the rule its body checks");
      }
      if (body.contains("new IllegalStateException")
          && throwsTags(doc, "IllegalStateException").stream().allMatch(String::isEmpty)) {
        problems.add("no @throws IllegalStateException for the state its body checks");
      }
    }
    return problems;
  }

  /** The descriptions of the {@code @throws} tags of one exception. */
  private static List<String> throwsTags(DocCommentTree doc, String exception) {
    return doc.getBlockTags().stream().filter(t -> t instanceof ThrowsTree)
        .map(t -> (ThrowsTree) t)
        .filter(t -> t.getExceptionName().toString().equals(exception))
        .map(t -> text(t.getDescription())).collect(Collectors.toList());
  }

  @Test
  void everyPublicBuilderMethod_documentsItsParameters() throws IOException {
    List<String> builders = new ArrayList<>();
    List<BuilderMethod> methods = builderMethods(builders, new ArrayList<>());

    List<String> problems = new ArrayList<>();
    for (BuilderMethod m : methods) {
      for (String problem : problems(m.method, m.doc)) {
        problems.add(m.where + ": " + problem);
      }
    }

    assertThat(builders).as("builders found").hasSizeGreaterThan(40);
    assertThat(methods).as("builder methods found").hasSizeGreaterThan(500);
    assertThat(problems).as("builder methods whose Javadoc lacks something").isEmpty();
  }

  @Test
  void everyBuilder_isClosedToSubclassesOutsideItsPackage() throws IOException {
    List<String> declarations = new ArrayList<>();
    builderMethods(new ArrayList<>(), declarations);

    // an abstract Builder (Immutables implements it) or a final hand-written one; never the
    // generated ImmutableX.Builder extended in public, whose methods Javadoc cannot show
    assertThat(declarations).isNotEmpty().allSatisfy(d -> {
      if (d.contains("(): ")) {
        assertThat(d).as("constructor").doesNotContain("public").doesNotContain("protected");
      } else {
        assertThat(d).as("declaration").isIn(d.substring(0, d.indexOf(':'))
            + ": abstract public static", d.substring(0, d.indexOf(':')) + ": final public static");
      }
    });
  }

  @Test
  void everyGeneratedBuilderMethod_isDeclaredOnThePublicBuilder() throws Exception {
    List<String> builders = new ArrayList<>();
    builderMethods(builders, new ArrayList<>());
    List<String> undeclared = new ArrayList<>();
    int generated = 0;
    for (String name : builders) {
      Class<?> type = Class.forName(name.substring(0, name.length() - ".Builder".length()));
      Class<?> builder = Class.forName(type.getName() + "$Builder");
      if (!java.lang.reflect.Modifier.isAbstract(builder.getModifiers())) {
        continue;   // a hand-written builder: every method is its own
      }
      Class<?> implementation = type.getMethod("builder").invoke(null).getClass();
      assertThat(implementation.getSimpleName()).as(name).isEqualTo("Builder");
      assertThat(implementation.getEnclosingClass().getSimpleName()).as(name)
          .isEqualTo("Immutable" + type.getSimpleName());
      for (Method method : implementation.getDeclaredMethods()) {
        if (!java.lang.reflect.Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
            || List.of(method.getParameterTypes()).contains(Map.Entry.class)) {
          continue;   // Map.Entry overloads are left out on purpose
        }
        generated++;
        try {
          builder.getMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
          undeclared.add(name + "." + method.getName()
              + List.of(method.getParameterTypes()).stream().map(Class::getSimpleName)
              .collect(Collectors.joining(", ", "(", ")")));
        }
      }
    }

    assertThat(generated).as("generated builder methods").isGreaterThan(500);
    assertThat(undeclared).as("generated builder methods that X.Builder does not declare, so "
        + "that X.builder() cannot reach them").isEmpty();
  }

  @Test
  void everyBuilderMethod_givenNull_throwsNullPointerException() throws Exception {
    List<String> builders = new ArrayList<>();
    builderMethods(builders, new ArrayList<>());
    List<String> problems = new ArrayList<>();
    int checked = 0;
    int handWritten = 0;
    for (String name : builders) {
      Class<?> type = Class.forName(name.substring(0, name.length() - ".Builder".length()));
      Class<?> builder = Class.forName(type.getName() + "$Builder");
      boolean isFinal = java.lang.reflect.Modifier.isFinal(builder.getModifiers());
      for (Method method : builder.getDeclaredMethods()) {
        Class<?>[] parameters = method.getParameterTypes();
        if (!java.lang.reflect.Modifier.isPublic(method.getModifiers()) || method.isSynthetic()
            || Stream.of(parameters).allMatch(Class::isPrimitive)) {
          continue;
        }
        // a fresh builder each time, so that a failed call leaves nothing behind
        Object instance = type.getMethod("builder").invoke(null);
        Object[] nulls = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
          nulls[i] = parameters[i] == int.class ? (Object) 1
              : parameters[i] == long.class ? (Object) 1L
              : parameters[i] == double.class ? (Object) 1.0
              : parameters[i] == boolean.class ? (Object) true : null;
        }
        String where = name + "." + method.getName() + Stream.of(parameters)
            .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
        checked++;
        try {
          method.invoke(instance, nulls);
          problems.add(where + ": accepted null");
        } catch (InvocationTargetException e) {
          Throwable cause = e.getCause();
          if (!(cause instanceof NullPointerException)) {
            problems.add(where + ": threw " + cause);
          } else if (isFinal && parameters.length == 1 && method.getParameters()[0].isNamePresent()
              && !method.getParameters()[0].getName().equals(cause.getMessage())) {
            // hand-written: Objects.requireNonNull(x, "x"), the message is the parameter's name
            problems.add(where + ": the message is '" + cause.getMessage() + "', not '"
                + method.getParameters()[0].getName() + "'");
          }
        }
        if (isFinal) {
          handWritten++;
        }
      }
    }

    assertThat(checked).as("builder methods called with null").isGreaterThan(400);
    assertThat(handWritten).as("hand-written builder methods called with null")
        .isGreaterThanOrEqualTo(5);
    assertThat(problems).as("builder methods that do not reject null").isEmpty();
  }

  private static List<String> problemsOf(String builderSource) throws IOException {
    JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///p/X.java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return "package p; public abstract class X { public abstract static class Builder { "
            + builderSource + " } }";
      }
    };
    List<String> problems = new ArrayList<>();
    for (BuilderMethod m : builderMethods(List.of(source), new ArrayList<>(), new ArrayList<>())) {
      problems.addAll(problems(m.method, m.doc));
    }
    return problems;
  }

  @Test
  void problems_immutablesComment_isNotADocumentedParameter() throws IOException {
    assertThat(problemsOf("/**\n * Initializes the value for the {@link X#a() a} attribute.\n"
        + " * @param a The value for a\n * @return {@code this} builder for use in a chained "
        + "invocation\n */\n public abstract Builder a(String a);"))
        .containsExactly("@param a is Immutables' boilerplate",
            "no @throws NullPointerException for a");
  }

  @Test
  void problems_missingPieces_areEachReported() throws IOException {
    assertThat(problemsOf("public abstract Builder a(String a, int b);"))
        .containsExactly("no Javadoc");
    assertThat(problemsOf("/** @param b the count */ public abstract Builder a(String a, int b);"))
        .containsExactly("no description", "no @param a", "no @return",
            "no @throws NullPointerException for a");
    assertThat(problemsOf("/** Sets a.\n @param a the name, not null\n @return this builder\n"
        + " @throws NullPointerException if {@code a} is null */"
        + " public abstract Builder a(String a);")).isEmpty();
  }

  @Test
  void problems_handWrittenMethod_documentsWhatItsBodyThrows() throws IOException {
    String doc = "/** Sets n.\n @param n the count, positive\n @return this builder\n";
    assertThat(problemsOf(doc + " */ public Builder n(int n) { Checks.positive(n, \"N\");"
        + " return this; }"))
        .containsExactly("no @throws IllegalArgumentException for the rule its body checks");
    assertThat(problemsOf(doc + " */ public Builder n(int n) { if (n < 0) { throw new "
        + "IllegalStateException(\"n\"); } return this; }"))
        .containsExactly("no @throws IllegalStateException for the state its body checks");
    assertThat(problemsOf(doc + " @throws IllegalArgumentException if n is not positive */"
        + " public Builder n(int n) { Checks.positive(n, \"N\"); return this; }")).isEmpty();
    // an abstract method has no body to read: Immutables' checks are documented on build()
    assertThat(problemsOf(doc + " */ public abstract Builder n(int n);")).isEmpty();
  }
}
