package org.pathways;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A property of the whole edge, checked over every endpoint: whatever a client sends (text with control
 * characters, numbers too large for any column, odd Unicode, wrong JSON types, names of paths), the answer is
 * never a 500. Each endpoint gets inputs from a seeded generator, sent by a person of the organization whose
 * records are in the path, so the handler runs rather than the organization scope refusing first. Runs after the
 * other test classes: what it manages to save is nonsense the other tests need not see.
 */
@PathwaysTest
@Order(Integer.MAX_VALUE - 1)
class HostileInputTests {

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final int INPUTS_PER_ENDPOINT = 12;

    @Autowired
    List<RequestMappingHandlerMapping> mappings;
    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    /** Strings no form expects: control characters, a null byte, huge and negative numbers, odd Unicode, paths, markup. */
    private static final List<String> HOSTILE = List.of("a\u0000b", "\u0000", "line\u0007bell", "\u001b[31mred", "\u007f", "99999999999999999999",
            "-2147483649", "2147483648", "1e309", "NaN", "-0", "1.5", "\u0661\u0662\u0663", "\u202Eevil\u202C", "\uD83D\uDE00", "e\u0301",
            "\uFEFFbom", "..", ".", "../../etc/passwd", "C:\\windows", "<script>alert(1)</script>", "' or 1=1 --", "%00", "${7*7}", "{{7*7}}",
            "true", "null", "[]", "{}", " ", "", "x".repeat(5000), "2026-13-45", "0000-00-00", "29-1141\u0000");

    private Object hostileJson(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> random.nextBoolean();
            case 1 -> new java.math.BigInteger("123456789012345678901234567890");
            case 2 -> -1;
            case 3 -> 1.5;
            case 4 -> List.of(HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 5 -> Map.of("nested", HOSTILE.get(random.nextInt(HOSTILE.size())));
            case 6 -> null;
            default -> HOSTILE.get(random.nextInt(HOSTILE.size()));
        };
    }

    /** Who sends to a path: the administrator under /admin, the chamber's manager for collaboratives and surveys, else Priya. */
    private static String senderOf(String pattern) {
        if (pattern.startsWith("/admin") || pattern.contains("/organizations") || pattern.contains("/users")) {
            return "admin";
        }
        if (pattern.contains("collaborative") || pattern.contains("survey") || pattern.contains("invitation")) {
            return "manager";
        }
        return "practitioner";
    }

    private long id(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).optional().filter(v -> v != null).orElse(0L);
    }

    /** Ids of records that belong to the sender's own organization, so the request reaches its handler. */
    private Map<String, Supplier<String>> ownIds() {
        long scw = id("select id from organization where name = 'Second Chance Works'");
        long chamber = id("select id from organization where name = 'Riverbend Chamber of Commerce'");
        long keystone = id("select min(id) from employer where organization_id = ? and name = 'Keystone Precision Machining'", scw);
        Map<String, Supplier<String>> ids = new HashMap<>();
        ids.put("organizationId", () -> String.valueOf(scw));
        ids.put("userId", () -> String.valueOf(id("select id from user_account where username = 'youthcoach'")));
        ids.put("tokenId", () -> String.valueOf(id("select max(id) from api_token")));
        ids.put("employerId", () -> String.valueOf(keystone));
        ids.put("establishmentId", () -> String.valueOf(id("select min(id) from establishment where employer_id = ?", keystone)));
        ids.put("criticalJobId", () -> String.valueOf(id("select min(id) from critical_job where employer_id = ?", keystone)));
        ids.put("contactId", () -> String.valueOf(id("select min(id) from employer_contact where employer_id = ?", keystone)));
        ids.put("engagementId", () -> String.valueOf(id("select min(id) from engagement where employer_id = ?", keystone)));
        ids.put("termId", () -> String.valueOf(id("select min(id) from language_term where organization_id = ?", scw)));
        ids.put("intermediaryId", () -> String.valueOf(id("select min(id) from intermediary where organization_id = ?", scw)));
        ids.put("initiativeId", () -> String.valueOf(id("select min(id) from initiative where organization_id = ?", scw)));
        ids.put("collaborativeId", () -> String.valueOf(id("select min(id) from collaborative where organization_id = ?", chamber)));
        ids.put("surveyId", () -> String.valueOf(id("select max(id) from demand_survey where organization_id = ? and status = 'OPEN'", chamber)));
        ids.put("invitationId", () -> String.valueOf(id("select max(i.id) from demand_invitation i join demand_survey s on s.id = i.survey_id"
                + " where s.organization_id = ? and s.status = 'OPEN'", chamber)));
        ids.put("soc", () -> "29-1141");
        ids.put("token", () -> "1.not-a-real-link");
        return ids;
    }

    @Test
    void noInputAnywhereMakesTheServerFail() throws Exception {
        Map<String, Supplier<String>> ids = ownIds();
        Random random = new Random(20261202);
        List<String> failures = new ArrayList<>();
        Map<String, Long> slowest = new HashMap<>();
        int sent = 0;
        FormSubmissions.recording = false;
        try {
            for (Endpoint endpoint : Endpoint.all(mappings)) {
                if (endpoint.pattern().equals("/logout") || endpoint.pattern().equals("/error")) {
                    continue;
                }
                for (int input = 0; input < INPUTS_PER_ENDPOINT; input++) {
                    MockHttpServletRequestBuilder request = request(endpoint, ids, random);
                    if (request == null) {
                        break;
                    }
                    sent++;
                    long started = System.nanoTime();
                    try {
                        int status = mvc.perform(request).andReturn().getResponse().getStatus();
                        if (status >= 500) {
                            failures.add(endpoint + " answered " + status + " to input " + input);
                        }
                    } catch (Exception unhandled) {
                        // MockMvc hands back what no resolver handled: in a container it would have been a 500
                        Throwable cause = unhandled.getCause() == null ? unhandled : unhandled.getCause();
                        failures.add(endpoint + " failed on input " + input + ": " + cause);
                    }
                    slowest.merge(endpoint.toString(), (System.nanoTime() - started) / 1_000_000, Long::sum);
                }
            }
        } finally {
            FormSubmissions.recording = true;
        }
        slowest.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                .forEach(e -> System.out.println("SLOW " + e.getValue() + " ms " + e.getKey()));
        assertThat(sent).as("hostile inputs sent").isGreaterThan(1000);
        assertThat(failures).as("inputs that made the server fail").isEmpty();
    }

    /** One generated request for the endpoint: hostile path-free values in its parameters, its form fields and its JSON body. */
    private MockHttpServletRequestBuilder request(Endpoint endpoint, Map<String, Supplier<String>> ids, Random random) throws Exception {
        Matcher matcher = PATH_VARIABLE.matcher(endpoint.pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            Supplier<String> id = ids.get(matcher.group(1));
            if (id == null) {
                return null;
            }
            // now and then the id itself is the hostile part
            matcher.appendReplacement(path, Matcher.quoteReplacement(random.nextInt(8) == 0
                    ? java.net.URLEncoder.encode(HOSTILE.get(random.nextInt(HOSTILE.size())), java.nio.charset.StandardCharsets.UTF_8)
                    : id.get()));
        }
        matcher.appendTail(path);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), java.net.URI.create(path.toString()));
        if (endpoint.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        String sender = senderOf(endpoint.pattern());
        if (!isPrivateLinkPage(endpoint.pattern()) && !endpoint.pattern().equals("/login")) {
            request.with(users.as(sender));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        for (Parameter parameter : endpoint.handler().getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param != null && !Map.class.isAssignableFrom(parameter.getType())
                    && !org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(parameter.getType())) {
                String name = param.name().isEmpty() ? (param.value().isEmpty() ? parameter.getName() : param.value()) : param.name();
                request.param(name, HOSTILE.get(random.nextInt(HOSTILE.size())));
            }
            boolean body = parameter.isAnnotationPresent(RequestBody.class);
            if (parameter.getType().isRecord() && !body) {
                for (RecordComponent component : parameter.getType().getRecordComponents()) {
                    if (random.nextInt(4) > 0) {
                        request.param(component.getName(), HOSTILE.get(random.nextInt(HOSTILE.size())));
                    }
                }
            }
            if (parameter.isAnnotationPresent(ModelAttribute.class) && !parameter.getType().isRecord()) {
                for (var field : parameter.getType().getDeclaredFields()) {
                    request.param(field.getName(), HOSTILE.get(random.nextInt(HOSTILE.size())));
                }
            }
            if (body && parameter.getType().isRecord()) {
                for (RecordComponent component : parameter.getType().getRecordComponents()) {
                    if (random.nextInt(4) > 0) {
                        json.put(component.getName(), hostileJson(random));
                    }
                }
            }
        }
        if (endpoint.handler().getMethod().getParameters().length > 0
                && java.util.Arrays.stream(endpoint.handler().getMethod().getParameters()).anyMatch(p -> p.isAnnotationPresent(RequestBody.class))) {
            String content = random.nextInt(10) == 0 ? "{\"unclosed\": [1, 2" : new tools.jackson.databind.json.JsonMapper().writeValueAsString(json);
            request.contentType(MediaType.APPLICATION_JSON).content(content);
        }
        return request;
    }

    /** Pages reached by a private link, without an account: the survey, the participant's consent page, an employer's referral. */
    private static boolean isPrivateLinkPage(String pattern) {
        return pattern.startsWith("/s/") || pattern.startsWith("/c/") || pattern.startsWith("/r/");
    }
}
