package org.pathways;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Remembers which test classes this run holds, so that checks over the whole suite (every page form
 * submitted) can tell a full run from a run of a few classes, where they have nothing to say.
 */
public class TestRun implements TestExecutionListener {

    static final Set<String> CLASSES = ConcurrentHashMap.newKeySet();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        plan.getRoots().forEach(root -> collect(plan, plan.getChildren(root)));
    }

    private void collect(TestPlan plan, Set<org.junit.platform.launcher.TestIdentifier> identifiers) {
        for (var identifier : identifiers) {
            identifier.getSource().filter(ClassSource.class::isInstance).map(ClassSource.class::cast)
                    .ifPresent(source -> CLASSES.add(source.getClassName()));
            if (identifier.getType() != TestDescriptor.Type.TEST) {
                collect(plan, plan.getChildren(identifier));
            }
        }
    }
}
