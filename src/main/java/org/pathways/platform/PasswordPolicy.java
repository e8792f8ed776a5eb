package org.pathways.platform;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rule every new password must meet, after NIST SP 800-63B: length over composition, no commonly
 * used passwords, nothing built from the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "password1234", "password12345", "passwordpassword", "123456789012", "1234567890123",
            "qwertyuiop12", "qwertyuiopasdf", "iloveyou1234", "welcome12345", "letmein12345",
            "administrator", "admin1234567", "changeme1234", "abcdefghijkl", "aaaaaaaaaaaa",
            "111111111111", "000000000000", "p@ssw0rd1234", "passw0rd1234", "trustno1trustno1",
            "football1234", "baseball1234", "sunshine1234", "princess1234", "dragon123456",
            "monkey123456", "master123456", "qwerty123456", "1q2w3e4r5t6y", "zaq12wsxcde3",
            "pathways1234", "pathwayspathways");

    private PasswordPolicy() {
    }

    /** Returns the message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("password.tooRepetitive");
        }
        return Optional.empty();
    }
}
