package org.pathways;

import java.util.Locale;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Submits page forms as a demo person would, in English: {@link #accepted} expects the redirect that
 * follows a save and returns where it leads, {@link #refused} expects the form again and returns the
 * page, so the test can look for the message. Fields come as name, value pairs; a name may repeat.
 */
@Component
public class PageForms {

    private final org.springframework.beans.factory.ObjectProvider<MockMvc> mockMvc;
    private final TestUsers users;

    // MockMvc is looked up when a form is sent: an application started without it (the embedded database test) still starts
    public PageForms(org.springframework.beans.factory.ObjectProvider<MockMvc> mockMvc, TestUsers users) {
        this.mockMvc = mockMvc;
        this.users = users;
    }

    /** The flash messages of the last redirect, handed to the next page read at its address, as the session would. */
    private final ThreadLocal<org.springframework.test.web.servlet.MvcResult> lastRedirect = new ThreadLocal<>();

    public String accepted(String username, String path, String... fields) throws Exception {
        MockHttpServletResponse response = submit(username, path, fields);
        assertThat(response.getStatus()).as("POST " + path + " redirects after saving; the page said: " + problemsOn(response))
                .isEqualTo(302);
        return response.getRedirectedUrl();
    }

    public String refused(String username, String path, String... fields) throws Exception {
        MockHttpServletResponse response = submit(username, path, fields);
        assertThat(response.getStatus()).as("POST " + path + " shows the form again").isEqualTo(200);
        return response.getContentAsString();
    }

    /** The page a person sees, after following the redirect of an accepted form (flash messages included). */
    public String page(String username, String path) throws Exception {
        MockHttpServletRequestBuilder request = get(java.net.URI.create(path)).with(users.as(username)).locale(Locale.ENGLISH);
        org.springframework.test.web.servlet.MvcResult redirect = lastRedirect.get();
        lastRedirect.remove();
        if (redirect != null && redirect.getResponse().getRedirectedUrl().replaceAll("#.*", "").equals(path)) {
            // as an input flash map on the request: MockMvc's own flashAttrs go to a session the application's session filter replaces
            request.requestAttr(org.springframework.web.servlet.DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, redirect.getFlashMap());
        }
        MockHttpServletResponse response = mockMvc.getObject().perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET " + path).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Sends one file as the form's {@code file} field, as the import pages do. */
    /** Any answer a person gets at an address (a document, a download), which must be 200. */
    public MockHttpServletResponse download(String username, String path) throws Exception {
        MockHttpServletResponse response = mockMvc.getObject().perform(get(java.net.URI.create(path)).with(users.as(username))
                .locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET " + path).isEqualTo(200);
        return response;
    }

    public MockHttpServletResponse upload(String username, String path, String fileName, String content) throws Exception {
        return upload(username, path, "file", fileName, content);
    }

    public MockHttpServletResponse upload(String username, String path, String field, String fileName, String content) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(path)
                .file(new org.springframework.mock.web.MockMultipartFile(field, fileName, "text/csv",
                        content.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .with(users.as(username)).with(csrf()).locale(Locale.ENGLISH);
        return mockMvc.getObject().perform(request).andReturn().getResponse();
    }

    /** A page's HTML with its character references read, for looking for a message with quotes in it. */
    public static String text(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(html);
    }

    public MockHttpServletResponse submit(String username, String path, String... fields) throws Exception {
        assertThat(fields.length % 2).as("fields come in name, value pairs").isZero();
        MockHttpServletRequestBuilder request = post(path).with(users.as(username)).with(csrf()).locale(Locale.ENGLISH);
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        org.springframework.test.web.servlet.MvcResult result = mockMvc.getObject().perform(request).andReturn();
        lastRedirect.set(result.getResponse().getRedirectedUrl() == null ? null : result);
        return result.getResponse();
    }

    /** What a refused form says, as text: the page's main part without its markup, for the assertion that expected a save. */
    private static String problemsOn(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString();
        int main = Math.max(0, body.indexOf("<main"));
        String text = text(body.substring(main).replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ");
        return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
    }
}
