package dev.disputemodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import dev.disputemodel.DisputeModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON package used without Jackson fails with the library's {@code MissingDependencyException}
 * naming the dependency, not with a {@link NoClassDefFoundError}. The library and Guava are loaded
 * in a class loader of their own that sees no Jackson; the same loader with Jackson added writes a
 * model, so the failure is Jackson's absence and nothing else.
 */
class JsonWithoutJacksonTest {
  private static final List<Path> LIBRARY = List.of(
      location(JsonFormat.class), location(ImmutableList.class));
  private static final List<Path> JACKSON = List.of(
      location(ObjectMapper.class), location(JsonFactory.class), location(JsonAutoDetect.class));

  @Test
  void standardNamesTheMissingDependency() throws Exception {
    try (URLClassLoader loader = isolated(LIBRARY)) {
      InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
          () -> standard(loader));
      Throwable cause = thrown.getCause();
      assertEquals("dev.disputemodel.MissingDependencyException", cause.getClass().getName(),
          String.valueOf(cause));
      assertInstanceOf(IllegalStateException.class, cause);
      assertTrue(cause.getMessage().contains("com.fasterxml.jackson.core:jackson-databind"),
          cause.getMessage());
      assertTrue(cause.getMessage().contains("requires com.fasterxml.jackson.databind;"),
          cause.getMessage());
      assertEquals("com.fasterxml.jackson.core:jackson-databind",
          cause.getClass().getMethod("coordinates").invoke(cause));
      // and again: no class initialization left broken by the first attempt
      InvocationTargetException again = assertThrows(InvocationTargetException.class,
          () -> standard(loader));
      assertEquals(cause.getClass(), again.getCause().getClass());
    }
  }

  @Test
  void theSameLoaderWithJacksonWritesAModel() throws Exception {
    try (URLClassLoader loader = isolated(
        Stream.concat(LIBRARY.stream(), JACKSON.stream()).toList())) {
      Object format = standard(loader);
      Class<?> modelType = Class.forName(DisputeModel.class.getName(), true, loader);
      Object builder = modelType.getMethod("builder").invoke(null);
      Object model = builder.getClass().getMethod("build").invoke(builder);
      String json = (String) format.getClass().getMethod("write", modelType).invoke(format, model);
      assertTrue(json.contains("\"formatVersion\""), json);
    }
  }

  private static Object standard(ClassLoader loader) throws Exception {
    Method standard = Class.forName(JsonFormat.class.getName(), true, loader)
        .getMethod("standard");
    return standard.invoke(null);
  }

  private static URLClassLoader isolated(List<Path> path) {
    URL[] urls = path.stream().map(JsonWithoutJacksonTest::url).toArray(URL[]::new);
    // parent: the boot loader. (The platform loader would find Jackson when the test runs on
    // the module path, by delegating to the application loader that defines Jackson's modules.)
    return new URLClassLoader("isolated", urls, null);
  }

  private static Path location(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (java.net.MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }
}
