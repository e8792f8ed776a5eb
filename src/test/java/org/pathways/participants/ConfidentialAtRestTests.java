package org.pathways.participants;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pathways.PathwaysTest;
import org.pathways.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A copy of the database and the application's log hold none of a participant's confidential notes or population codes in
 * plain text, although the API gives them back to the OPSO's staff: the database is dumped with pg_dump (or, where pg_dump
 * cannot reach the embedded server, read table by table as text) and searched.
 */
@PathwaysTest
@ExtendWith(OutputCaptureExtension.class)
class ConfidentialAtRestTests {

    private static final String NOTE = "Parole officer Whitcombe meets her Tuesdays";
    private static final String MEDICAL_NOTE = "Epilepsy; seizure plan on file";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void neitherADumpNorTheLogHoldsTheCircumstancesInPlainText(CapturedOutput output) throws Exception {
        String body = """
                {"givenName":"Imogen","familyName":"Castellanos","strengths":"Organizes anything",
                 "circumstances":{"populations":["FOSTER_YOUTH","HOMELESSNESS"],
                   "barriers":[{"kind":"JUSTICE_RECORD","status":"OPEN","note":"%s"},
                               {"kind":"HEALTH","status":"BEING_ADDRESSED","note":"%s"}]}}""".formatted(NOTE, MEDICAL_NOTE);
        String created = mvc.perform(post("/api/v1/participants").with(users.as("practitioner")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s)^\\{\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/participants/" + id + "/circumstances").with(users.as("practitioner")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(NOTE)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("FOSTER_YOUTH")));
        // a refused save carries the notes too, and must not log them either
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/participants/" + id + "/circumstances")
                        .param("version", "1").with(users.as("practitioner")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"barriers\":[{\"status\":\"OPEN\",\"note\":\"" + NOTE + "\"}]}"))
                .andExpect(status().isBadRequest());

        String dump = dump();
        assertThat(dump).as("the dump holds the participant's profile").contains("Castellanos");
        assertThat(dump).as("and none of the confidential notes").doesNotContain(NOTE).doesNotContain(MEDICAL_NOTE)
                .doesNotContain("Whitcombe").doesNotContain("Epilepsy");
        assertThat(dump).as("nor the population codes").doesNotContain("FOSTER_YOUTH").doesNotContain("HOMELESSNESS");
        assertThat(output.getAll()).as("the application log").doesNotContain("Whitcombe").doesNotContain("Epilepsy")
                .doesNotContain("FOSTER_YOUTH");
    }

    /** The whole database as text: pg_dump where it can reach the server, else every table read as text rows. */
    private String dump() throws Exception {
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        URI uri = URI.create(url.substring("jdbc:".length()));
        boolean server = System.getenv("PATHWAYS_DB_URL") != null && !System.getenv("PATHWAYS_DB_URL").isBlank();
        String database = uri.getPath().substring(1);
        try {
            Process process = new ProcessBuilder("pg_dump", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U",
                    System.getenv().getOrDefault("PATHWAYS_DB_USER", "postgres"), "--no-password", database)
                    .redirectErrorStream(false).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            process.getInputStream().transferTo(out);
            boolean finished = process.waitFor(2, TimeUnit.MINUTES);
            if (finished && process.exitValue() == 0) {
                String dump = out.toString(StandardCharsets.UTF_8);
                assertThat(dump).contains("participant_circumstances");
                return dump;
            }
        } catch (java.io.IOException noPgDump) {
            // no pg_dump on this machine
        }
        assertThat(server).as("pg_dump must reach the PostgreSQL server the tests run against").isFalse();
        StringBuilder all = new StringBuilder();
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = current_schema()").query(String.class).list();
        for (String table : tables) {
            jdbc.sql("select t::text from \"" + table + "\" t").query(String.class).list().forEach(row -> all.append(row).append('\n'));
        }
        return all.toString();
    }
}
