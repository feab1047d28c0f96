package dev.disputemodel.testing.junit;

import dev.disputemodel.testing.Gen;
import dev.disputemodel.testing.Generators;
import dev.disputemodel.testing.Property;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * Runs {@link PropertyTest} methods through the test kit's {@link Property} runner. Registered by
 * the annotation; there is no need to name it. It resolves the method's parameters (with
 * placeholders JUnit never passes on), then replaces the single invocation JUnit would make by
 * one invocation per try with generated arguments.
 */
public final class PropertyExtension implements ParameterResolver, InvocationInterceptor {
  /** Creates the extension; JUnit does this. */
  public PropertyExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getDeclaringExecutable().isAnnotationPresent(PropertyTest.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return placeholder(parameter.getParameter().getType());
  }

  @Override
  public void interceptTestMethod(
      Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext,
      ExtensionContext extensionContext) {
    invocation.skip();
    Method method = invocationContext.getExecutable();
    Object target = invocationContext.getTarget().orElse(null);
    PropertyTest settings = method.getAnnotation(PropertyTest.class);
    List<Gen<?>> gens = new ArrayList<>();
    for (Parameter p : method.getParameters()) {
      gens.add(generator(p, method.getDeclaringClass(), target));
    }
    Gen<List<Object>> arguments = c -> {
      List<Object> values = new ArrayList<>(gens.size());
      gens.forEach(g -> values.add(g.generate(c)));
      return values;
    };
    Property<List<Object>> property = Property.forAll(arguments).size(settings.size());
    if (settings.tries() > 0) {
      property = property.tries(settings.tries());
    }
    if (!settings.seed().isBlank()) {
      property = property.seed(Long.parseLong(settings.seed().strip()));
    }
    method.setAccessible(true);
    property.check(values -> invoke(method, target, values.toArray()));
  }

  private static void invoke(Method method, Object target, Object[] args) {
    try {
      method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("property threw " + cause, cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    }
  }

  private static Gen<?> generator(Parameter p, Class<?> testClass, Object target) {
    ForAll named = p.getAnnotation(ForAll.class);
    if (named == null) {
      return Generators.forType(p.getType()).orElseThrow(() -> new ExtensionConfigurationException(
          "no default generator for parameter " + p.getName() + " of type " + p.getType().getName()
              + "; name one with @ForAll"));
    }
    return named(named.value(), testClass, target)
        .orElseThrow(() -> new ExtensionConfigurationException(
            "@ForAll(\"" + named.value() + "\"): no method or field of that name returning a Gen in "
                + testClass.getName()));
  }

  private static Optional<Gen<?>> named(String name, Class<?> testClass, Object target) {
    for (Class<?> k = testClass; k != null; k = k.getSuperclass()) {
      for (Method m : k.getDeclaredMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == 0
            && Gen.class.isAssignableFrom(m.getReturnType())) {
          m.setAccessible(true);
          try {
            return Optional.of((Gen<?>) m.invoke(Modifier.isStatic(m.getModifiers()) ? null : target));
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new ExtensionConfigurationException("@ForAll(\"" + name + "\") failed: " + e, e);
          }
        }
      }
      Optional<Field> field = Arrays.stream(k.getDeclaredFields())
          .filter(f -> f.getName().equals(name) && Gen.class.isAssignableFrom(f.getType()))
          .findFirst();
      if (field.isPresent()) {
        Field f = field.get();
        f.setAccessible(true);
        try {
          return Optional.of((Gen<?>) f.get(Modifier.isStatic(f.getModifiers()) ? null : target));
        } catch (IllegalAccessException e) {
          throw new ExtensionConfigurationException("@ForAll(\"" + name + "\") failed: " + e, e);
        }
      }
    }
    return Optional.empty();
  }

  private static Object placeholder(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == double.class) {
      return 0.0;
    }
    if (type == float.class) {
      return 0.0f;
    }
    if (type == byte.class) {
      return (byte) 0;
    }
    if (type == short.class) {
      return (short) 0;
    }
    return 0;
  }
}
