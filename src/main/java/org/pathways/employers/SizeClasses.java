package org.pathways.employers;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Size classes from head count. No single definition exists, so the bands are configurable
 * ({@code pathways.employers.size-bands}, thresholds in employees); the default is the SBA's line: under
 * 500 employees is a small business.
 */
@Component
public class SizeClasses {

    private final List<Integer> thresholds;
    private final int smallBusinessLine;

    SizeClasses(@Value("${pathways.employers.size-bands:500}") List<Integer> thresholds,
                @Value("${pathways.employers.small-business-line:500}") int smallBusinessLine) {
        this.thresholds = thresholds.stream().sorted().distinct().toList();
        this.smallBusinessLine = smallBusinessLine;
    }

    /** A band: employees from {@code min} (inclusive) to {@code max} (exclusive; null for no upper end). */
    public record SizeClass(int index, int min, Integer max, boolean smallBusiness) {
    }

    public List<SizeClass> all() {
        List<SizeClass> classes = new ArrayList<>();
        int min = 0;
        for (int i = 0; i <= thresholds.size(); i++) {
            Integer max = i < thresholds.size() ? thresholds.get(i) : null;
            classes.add(new SizeClass(i, min, max, max != null && max <= smallBusinessLine));
            if (max != null) {
                min = max;
            }
        }
        return classes;
    }

    public SizeClass of(Integer headCount) {
        if (headCount == null) {
            return null;
        }
        for (SizeClass sizeClass : all()) {
            if (sizeClass.max() == null || headCount < sizeClass.max()) {
                return sizeClass;
            }
        }
        throw new IllegalStateException("no size class for " + headCount);
    }

    public SizeClass byIndex(int index) {
        return index >= 0 && index < all().size() ? all().get(index) : null;
    }
}
