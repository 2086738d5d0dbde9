package dev.groundwork.constructs.recipe;

import dev.groundwork.core.AccountId;
import dev.groundwork.core.PlatformContext;
import dev.groundwork.core.Problems;
import dev.groundwork.core.Region;
import dev.groundwork.core.Tier;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The defaults tables of one module, generated from its resolvers: for every {@code XDefaults}
 * whose static {@code resolve(props, PlatformContext[, Problems])} returns the record
 * {@code XSettings} of a type {@code X} of the module (every public construct has one; so do the
 * watchers {@code Monitoring} makes), one Markdown table with a row per settings component, its
 * {@code @param} as the meaning, and the value resolved for DEV, STAGING and PROD.
 *
 * <p>Each resolver is called with the minimal props a module's doc test gives ({@link Sample}) and
 * a plain {@link PlatformContext} ({@code app}/{@code env} in eu-west-1, no recovery region): no
 * synthesis, no scope. Nested records named {@code …Settings} are flattened into dotted rows.
 */
public final class DefaultsTables {
  /** The environment every table is resolved in. */
  static final AccountId ACCOUNT = AccountId.of("111111111111");
  static final Region REGION = Region.of("eu-west-1");

  /**
   * One resolver of the module.
   *
   * @param name the type whose settings it resolves, e.g. {@code SecureVpc}
   * @param resolve the static {@code XDefaults.resolve}
   */
  public record Resolver(String name, Method resolve) {
    /** The props (or options) type it resolves from. */
    public Class<?> propsType() {
      return resolve.getParameterTypes()[0];
    }

    /** The settings record it returns. */
    public Class<?> settingsType() {
      return resolve.getReturnType();
    }
  }

  /**
   * The minimal valid props of one resolver and how the table's note describes them.
   *
   * @param props the props, options or other input the resolver takes
   * @param description what the props set, in Markdown, e.g. {@code `cidr` 10.20.0.0/16}; "" for none
   */
  public record Sample(Object props, String description) {}

  private final ModuleClasses classes;
  private final JavaSources sources;
  private final ValueFormat format;

  private DefaultsTables(ModuleClasses classes, JavaSources sources, ValueFormat format) {
    this.classes = classes;
    this.sources = sources;
    this.format = format;
  }

  /** The tables of the module whose main classes and sources are at these paths. */
  public static DefaultsTables of(Path mainClasses, Path mainSources, ValueFormat format) {
    return new DefaultsTables(ModuleClasses.at(mainClasses), JavaSources.at(mainSources), format);
  }

  /** The tables of this module ({@code target/classes}, {@code src/main/java}), values shown by {@code format}. */
  public static DefaultsTables ofThisModule(ValueFormat format) {
    return of(Path.of("target", "classes"), Path.of("src", "main", "java"), format);
  }

  /** Every resolver of the module, by name. */
  public Map<String, Resolver> resolvers() {
    Map<String, Resolver> found = new LinkedHashMap<>();
    for (Class<?> type : classes.all()) {
      String name = type.getSimpleName();
      if (!name.endsWith("Defaults") || name.equals("Defaults")) {
        continue;
      }
      String subject = name.substring(0, name.length() - "Defaults".length());
      Optional<Method> resolve = ConstructRecipe.resolver(type)
          .filter(m -> m.getReturnType().isRecord() && m.getReturnType().getSimpleName().equals(subject + "Settings"));
      if (resolve.isPresent() && classes.sibling(type, subject).isPresent()) {
        resolve.get().setAccessible(true);
        found.put(subject, new Resolver(subject, resolve.get()));
      }
    }
    return found;
  }

  /** The block content of {@code resolver}'s table: a note on what it was resolved for, then the table. */
  public String render(Resolver resolver, Sample sample) {
    Map<Tier, Object> settings = new LinkedHashMap<>();
    for (Tier tier : Tier.values()) {
      settings.put(tier, resolve(resolver, sample.props(), new PlatformContext("app", "env", tier, ACCOUNT, REGION)));
    }
    List<String[]> rows = new ArrayList<>();
    rows(resolver.settingsType(), "", settings, rows);
    StringBuilder out = new StringBuilder();
    String defaults = resolver.resolve().getDeclaringClass().getSimpleName();
    out.append("Resolved by `").append(defaults).append("` for `").append(resolver.propsType().getSimpleName())
        .append(sample.description().isEmpty() ? "` with every default" : "` with only " + sample.description())
        .append(", app `app`, environment `env` in eu-west-1 without a recovery region.\n\n");
    out.append("| setting | meaning | DEV | STAGING | PROD |\n|---|---|---|---|---|\n");
    for (String[] row : rows) {
      out.append("| ").append(String.join(" | ", row)).append(" |\n");
    }
    return out.toString();
  }

  private void rows(Class<?> settingsType, String prefix, Map<Tier, Object> values, List<String[]> rows) {
    Map<String, String> meanings = sources.sourceOf(settingsType)
        .map(source -> JavaSources.recordParams(source, settingsType.getSimpleName()))
        .orElse(Map.of());
    for (RecordComponent component : settingsType.getRecordComponents()) {
      Map<Tier, Object> column = new LinkedHashMap<>();
      values.forEach((tier, record) -> column.put(tier, component(component, record)));
      String name = prefix + component.getName();
      if (component.getType().isRecord() && component.getType().getSimpleName().endsWith("Settings")) {
        rows(component.getType(), name + ".", column, rows);
        continue;
      }
      rows.add(new String[] {"`" + name + "`",
          meanings.getOrDefault(component.getName(), "").replace("|", "\\|"),
          format.format(column.get(Tier.DEV)), format.format(column.get(Tier.STAGING)),
          format.format(column.get(Tier.PROD))});
    }
  }

  private static Object component(RecordComponent component, Object record) {
    try {
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  private static Object resolve(Resolver resolver, Object props, PlatformContext context) {
    Problems problems = Problems.ofValue(resolver.name() + "Defaults");
    Object[] arguments = resolver.resolve().getParameterCount() == 3
        ? new Object[] {props, context, problems} : new Object[] {props, context};
    try {
      Object settings = resolver.resolve().invoke(null, arguments);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("the sample props of " + resolver.name() + " are not valid in "
            + context.tier() + ": " + problems.messages());
      }
      return settings;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + resolver.resolve(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(resolver.name() + "Defaults.resolve failed in " + context.tier(), e.getCause());
    }
  }
}
