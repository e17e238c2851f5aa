package org.crm4j.jpa.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Enables a {@link RunsOn} class when its database was requested (see {@link DatabaseSettings#requested}). */
final class DatabaseCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Class<?>> testClass = context.getTestClass();
        Class<?> candidate = testClass.orElse(null);
        while (candidate != null) {
            Optional<RunsOn> runsOn = AnnotationSupport.findAnnotation(candidate, RunsOn.class);
            if (runsOn.isPresent()) {
                return DatabaseSettings.requested(runsOn.get().value())
                        ? ConditionEvaluationResult.enabled(runsOn.get().value() + " requested")
                        : ConditionEvaluationResult.disabled(runsOn.get().value().folder()
                                + " not in crm4j.databases (run with -Pdatabases)");
            }
            candidate = candidate.getEnclosingClass();
        }
        return ConditionEvaluationResult.enabled("no database needed");
    }
}
