package org.pathways;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible text comes from the message bundles, in English and Spanish. Fails on text typed into a
 * template that Thymeleaf does not replace, on a key used but missing from a bundle, and on a key in
 * one language only.
 */
class MessageBundleTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors",
            "layout:fragment");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "value");
    private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile("(?:InvalidInput\\([^,]+,|Conflict\\(|addFlashAttribute\\(\"(?:saved|problem)\",)\\s*\"([a-z]+\\.[A-Za-z.]+)\"");

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Document document = Jsoup.parse(Files.readString(template));
            for (Element element : document.getAllElements()) {
                if (replacedByThymeleaf(element) || element.tagName().equals("script") || element.tagName().equals("style")) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    if (text.text().chars().anyMatch(Character::isLetter)) {
                        problems.add(template.getFileName() + ": text \"" + text.text().strip() + "\" in <" + element.tagName() + ">");
                    }
                }
                for (String attribute : TEXT_ATTRIBUTES) {
                    if (element.hasAttr(attribute) && element.attr(attribute).chars().anyMatch(Character::isLetter)
                            && !element.hasAttr("th:" + attribute) && !element.hasAttr("th:attr") && !element.hasAttr("th:field")
                            && !(attribute.equals("value") && !element.tagName().equals("button"))) {
                        problems.add(template.getFileName() + ": attribute " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(problems).as("visible text written into templates instead of the message bundles").isEmpty();
    }

    @Test
    void everyKeyUsedExistsInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties spanish = bundle("messages_es.properties");
        Set<String> used = new TreeSet<>();
        for (Path template : templates()) {
            Matcher matcher = KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                used.add(matcher.group(1));
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("keys found in templates and code").hasSizeGreaterThan(100);
        assertThat(used.stream().filter(key -> !english.containsKey(key)).toList()).as("keys missing in English").isEmpty();
        assertThat(used.stream().filter(key -> !spanish.containsKey(key)).toList()).as("keys missing in Spanish").isEmpty();
    }

    /**
     * A message with arguments goes through java.text.MessageFormat, where a lone apostrophe starts a quoted stretch:
     * "the county's name" loses its apostrophe, and a {1} after it is printed as is. Such messages use ’ instead.
     */
    @Test
    void messagesWithArgumentsKeepTheirApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String file : List.of("messages.properties", "messages_es.properties")) {
            Properties bundle = bundle(file);
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && text.replace("''", "").contains("'")) {
                    problems.add(file + " " + key + ": " + text);
                }
            }
        }
        assertThat(problems).as("messages with arguments and a lone ' (write ’ or '')").isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> spanish = new TreeSet<>(bundle("messages_es.properties").stringPropertyNames());
        assertThat(spanish).as("Spanish keys").containsExactlyInAnyOrderElementsOf(english);
        for (String key : english) {
            assertThat(bundle("messages_es.properties").getProperty(key)).as("Spanish text of " + key).isNotBlank();
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_es.properties")) {
            // Properties keeps the last of two equal keys, so a repeated key silently changes a text elsewhere
            Properties seen = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    assertThat(containsKey(key)).as(name + " defines " + key + " twice").isFalse();
                    return super.put(key, value);
                }
            };
            try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
                seen.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(seen).isNotEmpty();
        }
    }

    private static boolean replacedByThymeleaf(Element element) {
        for (Element current = element; current != null; current = current.parent()) {
            for (String attribute : REPLACING) {
                if (current.hasAttr(attribute) && !(attribute.equals("layout:fragment") && current != element)) {
                    if (!attribute.equals("layout:fragment")) {
                        return true;
                    }
                }
            }
            if (current.hasAttr("th:text") || current.hasAttr("th:utext")) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).toList();
            assertThat(templates).isNotEmpty();
            return templates;
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
