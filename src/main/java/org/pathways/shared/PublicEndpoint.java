package org.pathways.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that anyone may call without signing in. Every other handler must declare who may
 * call it with {@code @PreAuthorize}; the access tests fail otherwise. Say why it is public.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PublicEndpoint {

    /** Why this handler is open to everyone. */
    String value();
}
