package dev.disputemodel.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import dev.disputemodel.MissingAttributeException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every value type in this library. Source retention: it never reaches
 * the class files, so users need no Immutables on their classpath. After editing it, run
 * {@code mvn clean}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    depluralize = true,
    depluralizeDictionary = {
      "party:parties",
      "territory:territories",
      "casualty:casualties",
      "alias:aliases",
      "proposition:propositions",
      "provision:provisions",
      "recognizer:recognizers"
    },
    allowedClasspathAnnotations = {Override.class, CanIgnoreReturnValue.class},
    jacksonIntegration = false,
    throwForInvalidImmutableState = MissingAttributeException.class,
    defaults = @Value.Immutable(prehash = false))
public @interface DisputeStyle {}
