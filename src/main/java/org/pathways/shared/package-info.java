/**
 * Small value types and named failures that every module speaks: pages of results and the exceptions
 * that mean "not found" or "changed by someone else". No beans live here.
 */
package org.pathways.shared;
